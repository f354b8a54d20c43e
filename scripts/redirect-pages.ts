/**
 * A build step: a redirect page at every old address of a moved section (lib/routes.ts
 * movedSections), so links and bookmarks to /nb/fylker/nordland/ keep working on any
 * static host, also one that reads no server rules. Each page sends the reader on with a
 * meta refresh, names the new address as canonical, asks search engines not to index it,
 * and links to it for a reader whose browser does not follow the refresh. The web server
 * rules (deploy/rules) redirect the same addresses with HTTP 301 before the page is seen.
 *
 *   npx tsx scripts/redirect-pages.ts <out dir>
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getT, type Lang } from '../lib/i18n'
import { movedSections } from '../lib/routes'
import { absoluteUrl } from '../lib/site'

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The HTML of the page at an old address that points to `to` (a path on the site). */
export function redirectPageHtml(lang: Lang, to: string): string {
  const t = getT(lang)
  const url = escape(absoluteUrl(to))
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('moved.title'))} – ${escape(t('site.name'))}</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="${url}">
<meta http-equiv="refresh" content="0; url=${escape(to)}">
</head>
<body>
<main>
<h1>${escape(t('moved.title'))}</h1>
<p>${escape(t('moved.text'))} <a href="${escape(to)}">${url}</a></p>
</main>
</body>
</html>
`
}

/** Every page under a folder of the built site, as paths relative to it ('' for the folder itself, 'nordland/'). */
function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(dir, e.parentPath))
    .map((p) => (p === '' ? '' : `${p.split('\\').join('/')}/`))
    .sort()
}

/** Writes a redirect page for each page of each moved section; returns the old paths written. */
export function writeRedirectPages(outDir: string): string[] {
  const written: string[] = []
  for (const { lang, from, to } of movedSections()) {
    for (const rest of pagesUnder(join(outDir, to))) {
      const target = join(outDir, from, rest)
      mkdirSync(target, { recursive: true })
      writeFileSync(join(target, 'index.html'), redirectPageHtml(lang, `${to}${rest}`))
      written.push(`${from}${rest}`)
    }
  }
  return written
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(process.argv[2] ?? 'out')
  const written = writeRedirectPages(outDir)
  console.log(
    `Wrote ${written.length} redirect pages for moved sections (${movedSections()
      .map((m) => m.from)
      .join(', ')}).`,
  )
}
