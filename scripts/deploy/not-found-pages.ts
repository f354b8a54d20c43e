/** The site's own 404 pages, copied to where static hosts look for them. */
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { NOT_FOUND } from '../../deploy/rules'

/**
 * Netlify serves /404.html for a missing URL; Cloudflare Pages the nearest 404.html up the
 * path. Both get the site's own 404 pages (Next's default one has inline styles the CSP blocks).
 */
export function placeNotFoundPages(outDir: string): void {
  const nextDefaults = ['404.html', '404/index.html', '_not-found/index.html']
  for (const r of NOT_FOUND) {
    const page = join(outDir, r.page, 'index.html')
    if (!existsSync(page)) throw new Error(`the 404 page ${r.page} is missing from out/`)
    const targets = r.prefix === '/' ? nextDefaults : [join(r.prefix, '404.html')]
    for (const target of targets)
      if (r.prefix !== '/' || existsSync(join(outDir, target)))
        copyFileSync(page, join(outDir, target))
  }
}
