/**
 * After `next build`: serve reading pages as plain HTML + CSS, without the Next.js runtime.
 *
 * Why: the site has no React client components, so the runtime Next puts on every page
 * (its script chunks, the inline RSC payload `self.__next_f.push(…)`, script preloads and
 * the `.txt` RSC payload files) does nothing a reader needs: it only adds client-side
 * navigation and prefetching, at about 135 KB gzip per page. Without it every link is
 * an ordinary full-page navigation, which the pages already handle (they work with
 * JavaScript off).
 *
 * Kept: `<script type="application/ld+json">` (structured data) and our own scripts,
 * i.e. every `<script src>` outside `/_next/` (e.g. /js/search.js, /js/lang-choice.js).
 * An inline script that is not recognisably the framework's is kept, with a warning:
 * the site allows no inline scripts of its own, so it would be a bug to look at.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'node-html-parser'
import { isExecutableScript } from './lib/html'

const RUNTIME_PREFIX = '/_next/'
/** What the framework's inline scripts contain: the RSC payload, the Turbopack chunk list, streaming helpers. */
const RUNTIME_INLINE = /self\.__next_f|__next|TURBOPACK|\$RC|\$RS|\$RX/

/** Removes the Next.js runtime from one HTML document. */
export function stripRuntime(html: string): {
  html: string
  removed: number
  unknownInline: string[]
} {
  const root = parse(html, { comment: true, parseNoneClosedTags: true })
  let removed = 0
  const unknownInline: string[] = []
  const drop = (node: { remove(): unknown }) => {
    node.remove()
    removed++
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src')
    if (src !== undefined) {
      if (src.startsWith(RUNTIME_PREFIX)) drop(script)
      continue
    }
    if (!isExecutableScript(script.getAttribute('type'))) continue // data blocks: JSON-LD and the like
    if (RUNTIME_INLINE.test(script.rawText)) drop(script)
    else unknownInline.push(script.rawText.slice(0, 80))
  }
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase()
    const as = (link.getAttribute('as') ?? '').toLowerCase()
    const href = link.getAttribute('href') ?? ''
    const scriptHint = rel === 'modulepreload' || (rel === 'preload' && as === 'script')
    if (scriptHint && href.startsWith(RUNTIME_PREFIX)) drop(link)
  }
  return { html: root.toString(), removed, unknownInline }
}

/** Every file under a folder, as paths relative to it (with forward slashes). */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory()
      ? walk(path, base)
      : [relative(base, path).split(sep).join('/')]
  })
}

/** RSC payloads of the export: `index.txt` and `__next.*.txt` beside each page (not robots.txt). */
export function isRscPayload(file: string): boolean {
  const name = file.split('/').pop() ?? ''
  return name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'))
}

/**
 * Strips every HTML file in an export folder, then deletes what nothing refers to any
 * more: the RSC payloads and the runtime's JavaScript chunks.
 */
function stripExport(outDir: string): { pages: number; removed: number; deleted: number } {
  const files = walk(outDir)
  let pages = 0
  let removed = 0
  // The runtime files the stripped pages still name (not the pages' text itself: at 100× the
  // content, all of it together is longer than a string can be).
  const named = new Set<string>()
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = join(outDir, file)
    const result = stripRuntime(readFileSync(path, 'utf8'))
    for (const text of result.unknownInline)
      console.warn(`⚠ ${file}: an inline script that is not the framework's was kept: ${text}`)
    writeFileSync(path, result.html)
    for (const [url] of result.html.matchAll(/\/_next\/[^"'\s)]+\.js/g)) named.add(url)
    pages++
    removed += result.removed
  }
  const deleted = files.filter(
    (f) => isRscPayload(f) || (f.startsWith('_next/') && f.endsWith('.js') && !named.has(`/${f}`)),
  )
  for (const file of deleted) rmSync(join(outDir, file))
  return { pages, removed, deleted: deleted.length }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'out'
  const { pages, removed, deleted } = stripExport(outDir)
  console.log(
    `Stripped the Next.js runtime from ${pages} pages (${removed} tags); deleted ${deleted} runtime files.`,
  )
}
