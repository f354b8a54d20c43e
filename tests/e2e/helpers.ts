import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { SECTIONS } from '../../lib/sections'

/** The finder's URL words, every language. */
const FINDER_WORDS = Object.values(SECTIONS.finder.words)

/** The paths in the built sitemap.xml (the site's own list of its pages). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(process.cwd(), 'out', 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
}

/**
 * Every HTML page the build wrote under /<lang>/, the fallback pages (which the sitemap
 * leaves out) and the 404 page included: every out/<lang>/…/index.html as /<lang>/…/.
 * Not the finder's answer pages (/nn/finn-program/telemark/…, 203 per language): each is
 * the finder's page with another choice, checked by the finder's own tests.
 */
export function builtPaths(lang: string): string[] {
  const root = join(process.cwd(), 'out')
  const answer = new RegExp(`^/${lang}/(${FINDER_WORDS.join('|')})/[^/]+/`)
  return readdirSync(join(root, lang), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(root, e.parentPath).split(sep).join('/')}/`)
    .filter((path) => !answer.test(path))
    .sort()
}

/** A page that only sends the browser on (an old address of a moved section): no content. */
export const isRedirectPage = (path: string) =>
  readFileSync(join(process.cwd(), 'out', path, 'index.html'), 'utf8').includes(
    'http-equiv="refresh"',
  )

/**
 * One page of each kind in a language: the home page, every section's list and its first
 * document page, the free pages and the 404 page (by their first path segment, and whether
 * a second follows). Redirect pages are left out.
 */
export function onePageOfEachKind(lang: string): string[] {
  const seen = new Set<string>()
  return builtPaths(lang).filter((path) => {
    if (isRedirectPage(path)) return false
    const parts = path.split('/').filter(Boolean)
    const kind = `${parts[1] ?? ''}/${parts.length > 2 ? 'document' : 'list'}`
    if (seen.has(kind)) return false
    seen.add(kind)
    return true
  })
}
