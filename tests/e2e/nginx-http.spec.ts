import { request as httpRequest } from 'node:http'
import { expect, test, type APIResponse } from '@playwright/test'
import { commonText, hashedAssets, staticHostCacheControl, staticHostHeaders } from './nginx/expect'

/**
 * HTTP tests against Debian's nginx running the server block the build generates
 * (tests/e2e/nginx/serve.ts). Redirects are not followed, so each answer is seen as sent.
 */
const noRedirects = { maxRedirects: 0 }
const YEAR = 31_536_000

function expectSecurityHeaders(response: APIResponse) {
  const h = response.headers()
  const csp = h['content-security-policy'] ?? ''
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...v]) => [name, v]),
  )
  expect(directives['default-src']).toEqual(["'self'"])
  expect(directives['frame-ancestors']).toEqual(["'none'"])
  expect(directives['base-uri']).toEqual(["'self'"])
  expect(directives['form-action']).toEqual(["'self'"])
  expect(directives['style-src']).toContain("'self'")
  expect(directives['script-src']).toContain("'self'")
  for (const directive of ['script-src', 'style-src', 'default-src']) {
    expect(directives[directive]).not.toContain("'unsafe-inline'")
    expect(directives[directive]).not.toContain("'unsafe-eval'")
  }
  expect(
    Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1]),
  ).toBeGreaterThanOrEqual(YEAR)
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(h['permissions-policy']).toContain('camera=()')
  expect(h['cross-origin-opener-policy']).toBe('same-origin')
  // The static host rules (out/_headers) come from the same source: the same values.
  for (const [name, value] of Object.entries(staticHostHeaders())) expect(h[name], name).toBe(value)
}

/** A GET without any Accept-Language header (Playwright's client may add one of its own). */
function getWithoutLanguage(
  url: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers: {} }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
      .on('error', reject)
      .end()
  })
}

test.describe('security headers', () => {
  for (const path of [
    '/nb/',
    '/en/',
    '/nb/avtaler/',
    '/js/lang-choice.js',
    '/sitemap.xml',
    ...hashedAssets(),
  ]) {
    test(`${path} carries every security header`, async ({ request }) => {
      const response = await request.get(path, noRedirects)
      expect(response.status()).toBe(200)
      expectSecurityHeaders(response)
    })
  }

  test('redirects and 404 answers carry them too', async ({ request }) => {
    expectSecurityHeaders(
      await request.get('/', { ...noRedirects, headers: { 'Accept-Language': 'nb' } }),
    )
    expectSecurityHeaders(await request.get('/nb/avtaler', noRedirects))
    expectSecurityHeaders(await request.get('/en/no-such-page/', noRedirects))
  })
})

test.describe('"/" by Accept-Language', () => {
  for (const [header, home] of [
    ['nb-NO,nb;q=0.9,en;q=0.8', '/nb/'],
    ['nn', '/nn/'],
    ['nn-NO,nb;q=0.9', '/nn/'],
    ['no', '/nb/'],
    ['NB-no', '/nb/'],
    ['en-GB,en;q=0.9', '/en/'],
    ['de-DE,nb;q=0.9', '/en/'],
    ['sv', '/en/'],
    ['*', '/en/'],
  ]) {
    test(`Accept-Language: ${header} → ${home}`, async ({ request }) => {
      const response = await request.get('/', {
        ...noRedirects,
        headers: { 'Accept-Language': header },
      })
      expect(response.status()).toBe(302)
      expect(response.headers()['location']).toBe(home)
      expect(response.headers()['vary']).toContain('Accept-Language')
    })
  }

  test('without Accept-Language, "/" is the language choice page', async ({ baseURL }) => {
    const response = await getWithoutLanguage(`${baseURL}/`)
    expect(response.status).toBe(200)
    expect(response.body).toContain('href="/nb/"')
    expect(response.body).toContain('href="/en/"')
    expect(response.body).toContain('href="/nn/"')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  test('a Norwegian browser lands on /nb/, a nynorsk one on /nn/, an English one on /en/', async ({
    browser,
    baseURL,
  }) => {
    for (const [locale, lang] of [
      ['nb-NO', 'nb'],
      ['nn-NO', 'nn'],
      ['en-GB', 'en'],
    ]) {
      const context = await browser.newContext({ locale, baseURL })
      const page = await context.newPage()
      await page.goto('/')
      await expect(page).toHaveURL(`${baseURL}/${lang}/`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await context.close()
    }
  })
})

test.describe('404 pages', () => {
  for (const [path, lang] of [
    ['/nb/finnes-ikke/', 'nb'],
    ['/nb/avtaler/finnes-ikke/', 'nb'],
    ['/nn/finst-ikkje/', 'nn'],
    ['/nn/avtalar/finst-ikkje/', 'nn'],
    ['/en/no-such-page/', 'en'],
    ['/en/agreements/no-such-agreement', 'en'],
    ['/no-such-page/', 'en'],
  ] as const) {
    test(`${path} → the ${lang} 404 page with status 404`, async ({ request, page }) => {
      const response = await request.get(path, noRedirects)
      expect(response.status()).toBe(404)
      expect(response.headers()['content-type']).toContain('text/html')
      const title = commonText(lang, 'notFound.title')
      expect(await response.text()).toContain(`<html lang="${lang}"`)
      const visit = await page.goto(path)
      expect(visit?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
    })
  }
})

test.describe('one form of each URL: with a trailing slash', () => {
  test('/nb/avtaler/ is served; /nb/avtaler and /nb/avtaler/index.html redirect to it', async ({
    request,
  }) => {
    expect((await request.get('/nb/avtaler/', noRedirects)).status()).toBe(200)
    for (const path of ['/nb/avtaler', '/nb/avtaler/index.html']) {
      const response = await request.get(path, noRedirects)
      expect(response.status(), path).toBe(301)
      expect(response.headers()['location'], path).toBe('/nb/avtaler/')
    }
    const query = await request.get('/en/index.html?x=1', noRedirects)
    expect(query.status()).toBe(301)
    expect(query.headers()['location']).toBe('/en/?x=1')
  })
})

test.describe('moved sections', () => {
  test('the old addresses of the county councils redirect permanently to the same page under the new ones', async ({
    request,
  }) => {
    for (const [old, now] of [
      ['/nb/fylker/', '/nb/fylkeskommuner/'],
      ['/nb/fylker/nordland/', '/nb/fylkeskommuner/nordland/'],
      ['/en/counties/vestfold-and-telemark/', '/en/county-councils/vestfold-and-telemark/'],
      ['/en/counties/nordland/?x=1', '/en/county-councils/nordland/?x=1'],
    ] as const) {
      const response = await request.get(old, noRedirects)
      expect(response.status(), old).toBe(301)
      expect(response.headers()['location'], old).toBe(now)
      expectSecurityHeaders(response)
      expect((await request.get(now, noRedirects)).status(), now).toBe(200)
    }
    // Without its slash, the old section address is first given one, then moved.
    const bare = await request.get('/nb/fylker', noRedirects)
    expect(bare.status()).toBe(301)
    expect(bare.headers()['location']).toBe('/nb/fylker/')
  })
})

test.describe('caching', () => {
  test('hashed assets are immutable for a year, as in out/_headers', async ({ request }) => {
    for (const path of hashedAssets()) {
      const cacheControl = (await request.get(path)).headers()['cache-control']
      expect(cacheControl, path).toBe(`public, max-age=${YEAR}, immutable`)
      expect(cacheControl, path).toBe(
        staticHostCacheControl(
          path.startsWith('/pagefind/') ? '/pagefind/fragment/' : '/_next/static/',
        ),
      )
    }
  })

  test('HTML and unhashed files are revalidated, and revalidation answers 304', async ({
    request,
  }) => {
    for (const path of ['/nb/', '/en/agreements/', '/js/lang-choice.js', '/nb/finnes-ikke/']) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache')
    }
    const first = await request.get('/nb/')
    const etag = first.headers()['etag']
    expect(etag).toBeTruthy()
    const again = await request.get('/nb/', { headers: { 'If-None-Match': etag } })
    expect(again.status()).toBe(304)
  })
})

test.describe('compression', () => {
  test('HTML, CSS and JavaScript are sent gzipped to a client that accepts it', async ({
    request,
  }) => {
    const [css] = hashedAssets()
    for (const path of ['/nb/', '/en/', css, '/js/finder.js', '/sitemap.xml']) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
      expect(response.headers()['content-encoding'], path).toBe('gzip')
      expect(response.headers()['vary'], path).toContain('Accept-Encoding')
    }
  })

  test('a client that does not accept gzip gets the plain file', async ({ request }) => {
    const response = await request.get('/nb/', { headers: { 'Accept-Encoding': 'identity' } })
    expect(response.headers()['content-encoding']).toBeUndefined()
    expect(await response.text()).toContain('<html lang="nb"')
  })
})
