import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The paths in the built sitemap.xml (the site's own list of its pages). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(process.cwd(), 'out', 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
}
