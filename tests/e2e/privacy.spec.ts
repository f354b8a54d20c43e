import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { allPaths, chunks } from './a11y-check'

/**
 * Privacy by design: on every page, every request goes to the site itself, no cookie is
 * set and nothing is written to localStorage or sessionStorage. A deliberately tracking
 * fixture shows the same check reports each of those faults.
 */
const GROUPS = 2

/** Records every request the context makes; `problems()` names what breaks the rules. */
function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = []
  const cookieHeaders: string[] = []
  context.on('request', (r) => {
    const url = new URL(r.url())
    // data: URLs are part of the page itself; anything else must come from the site.
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(r.url())
  })
  context.on('response', async (r) => {
    const setCookie = await r.headerValue('set-cookie')
    if (setCookie) cookieHeaders.push(`${r.url()}: ${setCookie}`)
  })
  return {
    async problems(page: Page, path: string): Promise<string[]> {
      const stored = await page.evaluate(() => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
      }))
      const jar = await context.cookies()
      const out = [
        ...foreign.map((u) => `${path}: request to another origin: ${u}`),
        ...cookieHeaders.map((h) => `${path}: Set-Cookie from ${h}`),
        ...(stored.cookie ? [`${path}: document.cookie is "${stored.cookie}"`] : []),
        ...(jar.length
          ? [`${path}: the browser holds cookies: ${jar.map((c) => c.name).join(', ')}`]
          : []),
        ...(stored.local ? [`${path}: ${stored.local} item(s) in localStorage`] : []),
        ...(stored.session ? [`${path}: ${stored.session} item(s) in sessionStorage`] : []),
      ]
      foreign.length = 0
      cookieHeaders.length = 0
      return out
    },
  }
}

test.describe('no cookies, no storage, nothing from anyone else', () => {
  chunks(allPaths(), GROUPS).forEach((paths, i) => {
    test(`on every page, group ${i + 1} of ${GROUPS} (${paths.length} pages)`, async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(paths.length * 5_000)
      const watcher = watch(context, new URL(baseURL!).origin)
      const problems: string[] = []
      let requests = 0
      context.on('request', () => requests++)
      for (const path of paths) {
        // With JavaScript on, as a visitor has it: / moves on to a language by itself.
        await page.goto(path, { waitUntil: 'networkidle' })
        problems.push(...(await watcher.problems(page, path)))
      }
      expect(requests, 'the pages and their files were requested').toBeGreaterThan(paths.length)
      expect(problems, problems.join('\n')).toEqual([])
    })
  })

  test('the check reports a page that tracks (another origin, a cookie, storage)', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin
    const watcher = watch(context, origin)
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/a11y/tracking.html'), 'utf8')
    await context.route('**/__fixture__/page.html', (r) =>
      r.fulfill({ contentType: 'text/html', body: html }),
    )
    await context.route('**/__fixture__/track.js', (r) =>
      r.fulfill({
        contentType: 'text/javascript',
        body: 'document.cookie = "visitor=1; path=/"; localStorage.setItem("seen", "1"); sessionStorage.setItem("s", "1")',
      }),
    )
    // Requests to other origins are recorded, then answered locally: the test needs no network.
    await context.route(/example\.(com|net)/, (r) => r.fulfill({ status: 204, body: '' }))
    await page.goto('/__fixture__/page.html', { waitUntil: 'load' })
    const problems = (await watcher.problems(page, '/__fixture__/page.html')).join('\n')
    expect(problems).toContain('request to another origin: https://fonts.example.net/')
    expect(problems).toContain('request to another origin: https://analytics.example.com/pixel.gif')
    expect(problems).toContain('document.cookie is "visitor=1"')
    expect(problems).toContain('item(s) in localStorage')
    expect(problems).toContain('item(s) in sessionStorage')
    await context.clearCookies()
    await page.evaluate(() => {
      localStorage.clear()
      sessionStorage.clear()
    })
  })
})

test.describe('the privacy page says so', () => {
  for (const [path, phrases] of [
    [
      '/nb/personvern/',
      [
        'ingen informasjonskapsler',
        'lagrer ingenting i nettleseren din',
        'ingen verktøy for analyse',
        'ingen skrifttyper fra andre nettsteder',
        'ingen kart',
      ],
    ],
    [
      '/en/privacy/',
      [
        'no cookies',
        'stores nothing in your browser',
        'no analytics',
        'no fonts from other websites',
        'no maps',
      ],
    ],
  ] as const) {
    test(`in plain language (${path})`, async ({ page }) => {
      await page.goto(path)
      const text = await page.locator('main').innerText()
      for (const phrase of phrases) expect(text).toContain(phrase)
    })
  }
})
