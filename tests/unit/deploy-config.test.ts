import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cspValue, scanInlineCode } from '../../scripts/deploy/csp'
import { renderNginx } from '../../scripts/deploy/nginx'
import { renderHeaders, renderRedirects } from '../../scripts/deploy/static-host'

const dir = mkdtempSync(join(tmpdir(), 'deploy-config-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(dir, 'out-'))
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), html)
  }
  return root
}

describe('the CSP hashes of inline code in the built HTML', () => {
  it('hashes executable inline scripts and <style>, not data blocks or external scripts', () => {
    const root = site({
      'nb/index.html':
        '<html><head><style>p{color:red}</style></head><body><script>doSomething();</script>' +
        '<script type="application/ld+json">{"@type":"Thing"}</script><script src="/js/a.js" defer></script></body></html>',
      'en/x/index.html':
        '<script type="module">doSomething();</script><script type="text/javascript">other()</script>',
    })
    const scan = scanInlineCode(root)
    // The published sha256 of "doSomething();" (content-security-policy.com/hash/).
    expect(scan.scriptHashes).toContain("'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='")
    // Same script twice → one hash; plus other(); JSON-LD and src= scripts have none.
    expect(scan.scriptHashes).toHaveLength(2)
    expect(scan.styleHashes).toHaveLength(1)
    expect(scan.problems).toEqual([])
  })

  it('reports inline code no hash can allow: style="" and on…="" attributes', () => {
    const root = site({
      'index.html':
        '<p style="color:red">a</p><button onclick="go()">b</button><script>var s = \'<p style="x">\'</script>',
    })
    const { problems } = scanInlineCode(root)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('style=""')
    expect(problems[1]).toContain('onclick=""')
  })
})

describe('one source for nginx and the static hosts', () => {
  const hashes = { scriptHashes: ["'sha256-abc='"], styleHashes: [] }
  const csp = cspValue(hashes)

  it('the CSP is strict and carries the hashes', () => {
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toMatch(/'unsafe-eval'/)
  })

  it('nginx and _headers send the same CSP and the same immutable paths', () => {
    const nginx = renderNginx(hashes, { root: '/srv/site', listen: '8080' })
    const headers = renderHeaders(hashes)
    expect(headers).toContain(`Content-Security-Policy: ${csp}`)
    // nginx keeps the CSP in map chunks; joined, they are the same value.
    const chunks = [
      ...nginx.matchAll(/map \$host \$intsam_csp_\d+ \{\n\s+default "((?:[^"\\]|\\.)*)";/g),
    ].map((m) => m[1])
    expect(chunks.join('')).toBe(csp)
    for (const prefix of [
      ...headers.matchAll(
        /^(\/[^\s*]*\/)\*\n\s+Cache-Control: public, max-age=31536000, immutable$/gm,
      ),
    ].map((m) => m[1])) {
      expect(nginx).toContain(`location ^~ ${prefix} {`)
    }
    expect(nginx).toContain('listen 8080;')
    expect(nginx).toContain('root /srv/site;')
  })

  it('a long CSP is split so that no nginx value passes its 4 KB limit', () => {
    const many = {
      scriptHashes: Array.from(
        { length: 200 },
        (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`,
      ),
      styleHashes: [],
    }
    const nginx = renderNginx(many, { root: '/srv/site' })
    const chunks = [...nginx.matchAll(/default "((?:[^"\\]|\\.)*)";/g)].map((m) => m[1])
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(4096)
    expect(chunks.join('')).toBe(cspValue(many))
  })

  it('moved sections redirect permanently in _redirects and nginx alike, before the 404 rules', () => {
    const redirects = renderRedirects()
    expect(redirects).toMatch(/^\/nb\/fylker\/\*\s+\/nb\/fylkeskommuner\/:splat\s+301!$/m)
    expect(redirects).toMatch(/^\/en\/counties\/\*\s+\/en\/county-councils\/:splat\s+301!$/m)
    expect(redirects.indexOf('/nb/fylker/*')).toBeLessThan(redirects.indexOf('/nb/*'))
    const nginx = renderNginx(hashes, { root: '/srv/site' })
    expect(nginx).toContain('location ^~ /nb/fylker/ {')
    expect(nginx).toContain('rewrite ^/nb/fylker/(.*)$ /nb/fylkeskommuner/$1 permanent;')
    expect(nginx).toContain('rewrite ^/en/counties/(.*)$ /en/county-councils/$1 permanent;')
  })

  it('_redirects sends the 404 page of each language with status 404', () => {
    const redirects = renderRedirects()
    expect(redirects).toMatch(/^\/nb\/\*\s+\/nb\/404\/\s+404$/m)
    expect(redirects).toMatch(/^\/en\/\*\s+\/en\/404\/\s+404$/m)
    expect(redirects).toMatch(/^\/nn\/\*\s+\/nn\/404\/\s+404$/m)
  })

  it('sends "/" by the languages of lib/i18n/config.ts: nb and no to /nb/, nn to /nn/, the rest to /en/', () => {
    expect(renderRedirects()).toMatch(/^\/\s+\/nb\/\s+302!\s+Language=nb,no$/m)
    expect(renderRedirects()).toMatch(/^\/\s+\/nn\/\s+302!\s+Language=nn$/m)
    const nginx = renderNginx({ scriptHashes: [], styleHashes: [] }, { root: '/srv/site' })
    const map =
      nginx.match(/map \$http_accept_language \$intsam_lang_home \{([\s\S]*?)\}/)?.[1] ?? ''
    const rules = [...map.matchAll(/"~\*\^\\\\s\*\(([^)]+)\)\\\\b" (\S+);/g)].map((m) => [
      m[1],
      m[2],
    ])
    expect(rules).toEqual([
      ['nb|no', '/nb/'],
      ['nn', '/nn/'],
    ])
    expect(map).toContain('default /en/;')
    expect(nginx).toContain('"~^/nn/" /nn/404/index.html;')
  })
})
