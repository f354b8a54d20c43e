/**
 * The last build step: turns deploy/rules.ts into the web server configuration, from the
 * finished HTML in out/ (so the CSP hashes match the inline scripts that are really there).
 * One job per module under scripts/deploy/:
 *
 *   csp.ts              the inline-code scan and the Content-Security-Policy
 *   static-host.ts      out/_headers, out/_redirects   for Netlify and Cloudflare Pages
 *   nginx.ts            deploy/nginx/generated/site.conf, an nginx server block (Debian: sites-available/)
 *   not-found-pages.ts  out/404.html, out/nb/404.html, …   the site's own 404 pages where static hosts look for them
 *
 * Settings (environment): NGINX_ROOT (where out/ is copied on the server, default
 * /var/www/internasjonalt-samarbeid), NGINX_LISTEN (default 80), SITE_URL (server_name).
 *
 *   npx tsx scripts/deploy-config.ts <out dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { scanInlineCode, type InlineScan } from './deploy/csp'
import { NGINX_FILE, renderNginx } from './deploy/nginx'
import { placeNotFoundPages } from './deploy/not-found-pages'
import { HEADER_LINE_LIMIT, renderHeaders, renderRedirects } from './deploy/static-host'

const ROOT_DIR = join(import.meta.dirname, '..')

/** Writes every deploy file for the build in outDir. */
function writeDeployConfig({
  outDir,
  nginxFile = NGINX_FILE,
  root,
  listen,
  serverName,
}: {
  outDir: string
  nginxFile?: string
  root: string
  listen?: string
  serverName?: string
}): InlineScan {
  placeNotFoundPages(outDir)
  const scan = scanInlineCode(outDir)
  if (scan.problems.length > 0) {
    throw new Error(
      `inline code that no CSP hash can allow (move it to a CSS class or a script file):\n  ${scan.problems.slice(0, 20).join('\n  ')}`,
    )
  }
  const headers = renderHeaders(scan)
  const tooLong = headers.split('\n').find((l) => l.length > HEADER_LINE_LIMIT)
  if (tooLong)
    console.warn(
      `⚠ A _headers line is ${tooLong.length} characters: Cloudflare Pages ignores lines over ${HEADER_LINE_LIMIT}.`,
    )
  writeFileSync(join(outDir, '_headers'), headers)
  writeFileSync(join(outDir, '_redirects'), renderRedirects())
  mkdirSync(dirname(nginxFile), { recursive: true })
  writeFileSync(nginxFile, renderNginx(scan, { root, listen, serverName }))
  return scan
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(ROOT_DIR, process.argv[2] ?? 'out')
  const serverName = process.env.SITE_URL ? new URL(process.env.SITE_URL).hostname : '_'
  const scan = writeDeployConfig({
    outDir,
    root: process.env.NGINX_ROOT ?? '/var/www/internasjonalt-samarbeid',
    listen: process.env.NGINX_LISTEN ?? '80',
    serverName,
  })
  console.log(
    `Wrote ${relative(ROOT_DIR, outDir)}/_headers, _redirects and ${relative(ROOT_DIR, NGINX_FILE)} (${scan.scriptHashes.length} inline script hashes, ${scan.styleHashes.length} style hashes).`,
  )
}
