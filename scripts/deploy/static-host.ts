/** The rules for a static host or CDN: out/_headers and out/_redirects, as Netlify and Cloudflare Pages read them. */
import {
  CACHE_RULES,
  EDITOR,
  FINDER_ANSWERS,
  LANGUAGE_HOME,
  MOVED,
  MOVED_STATUS,
  NOT_FOUND,
} from '../../deploy/rules'
import { editorHeaders, securityHeaders, type Hashes } from './csp'
import { GENERATED } from './generated'

/** Cloudflare Pages ignores a _headers line longer than this. */
export const HEADER_LINE_LIMIT = 2000

export function renderHeaders(hashes: Hashes): string {
  const lines = [`# ${GENERATED}`, '# Every response: the security headers.', '/*']
  for (const [name, value] of Object.entries(securityHeaders(hashes)))
    lines.push(`  ${name}: ${value}`)
  lines.push(
    '',
    "# Files with a hash in their name never change. Everything else keeps the host's default,",
    '# which on Netlify and Cloudflare Pages already revalidates (max-age=0, must-revalidate).',
  )
  for (const rule of CACHE_RULES)
    lines.push(`${rule.prefix}*`, `  Cache-Control: ${rule.cacheControl}`)
  // Netlify gives a path the value of its last matching rule for a header, so this replaces the
  // site's policy under /admin/. (Cloudflare Pages joins both policies: see the README, Web editor.)
  lines.push(
    '',
    '# The web editor: its own policy, replacing the one above (deploy/rules.ts EDITOR).',
    `${EDITOR.prefix}*`,
  )
  for (const [name, value] of Object.entries(editorHeaders())) lines.push(`  ${name}: ${value}`)
  return lines.join('\n') + '\n'
}

export function renderRedirects(): string {
  const lines = [
    `# ${GENERATED}`,
    '# "/": readers of a site language to its home (Netlify reads Language=; elsewhere /index.html chooses by script or by link).',
    ...LANGUAGE_HOME.homes.map(
      (h) => `/  ${h.home}  ${LANGUAGE_HOME.status}!  Language=${h.tags.join(',')}`,
    ),
    '# Sections that moved: the old addresses to the new ones (forced: the redirect pages there are for other hosts).',
    ...MOVED.map((m) => `${m.from}*  ${m.to}:splat  ${MOVED_STATUS}!`),
    "# The finder's form without JavaScript: its query answered by the choice's page (a rewrite, 200).",
    ...FINDER_ANSWERS.pages.flatMap(({ page, anyRegion }) => [
      // The choices with an empty value first, as Netlify takes the first rule that matches.
      ...FINDER_ANSWERS.regions.map((r) => `${page}  region=${r} theme=  ${page}${r}/  200`),
      ...FINDER_ANSWERS.themes.map(
        (th) => `${page}  region= theme=${th}  ${page}${anyRegion}/${th}/  200`,
      ),
      `${page}  region=:region theme=:theme  ${page}:region/:theme/  200`,
    ]),
    '# A missing page: the 404 page of its language, status 404 (only when no file matches).',
    ...NOT_FOUND.map((r) => `${r.prefix}*  ${r.page}  404`),
  ]
  return lines.join('\n') + '\n'
}
