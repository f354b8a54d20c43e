import { expect, test, type Page } from '@playwright/test'
import { chunks } from './a11y-check'
import { sitemapPaths } from './helpers'

/**
 * Every page under the strict Content-Security-Policy that nginx sends: no violation, no
 * console error, and the content is there. And a page with an inline script that is not in
 * the hash list is blocked, so the check can fail.
 */

/** Records CSP violations and console errors from the first moment of each document. */
async function watch(
  page: Page,
): Promise<{ violations: () => Promise<string[]>; errors: string[] }> {
  const errors: string[] = []
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the site has none yet (not a page error).
    const url = message.location().url
    if (message.type() === 'error' && !url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${url}`)
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`)
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    )
  })
  return {
    errors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  }
}

const GROUPS = 4

test.describe('every sitemap page loads under the strict CSP', () => {
  const paths = sitemapPaths()
  test('the sitemap lists pages in both languages', () => {
    expect(paths.some((p) => p.startsWith('/nb/'))).toBe(true)
    expect(paths.some((p) => p.startsWith('/en/'))).toBe(true)
  })

  // In groups, one browser page each: a context per page would cost more than the page.
  chunks([...paths, '/nb/404/', '/en/404/'], GROUPS).forEach((group, i) => {
    test(`group ${i + 1} of ${GROUPS} (${group.length} pages)`, async ({ page }) => {
      test.setTimeout(group.length * 5_000)
      const { violations, errors } = await watch(page)
      const problems: string[] = []
      for (const path of group) {
        errors.length = 0
        const response = await page.goto(path, { waitUntil: 'load' })
        expect(response?.status(), path).toBe(200)
        expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'")
        // Scripts have run by now (they are deferred); the page's own content is shown.
        await expect(page.locator('main#main'), path).toBeVisible()
        await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible()
        expect(await page.locator('main#main').innerText(), path).not.toBe('')
        for (const problem of [...(await violations()), ...errors])
          problems.push(`${path}: ${problem}`)
      }
      expect(problems).toEqual([])
    })
  })

  test('the language choice page at / loads, and its script picks the language', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: 'nb-NO' })
    const page = await context.newPage()
    // Without Accept-Language nginx serves the choice page instead of redirecting.
    let served = { status: 0, body: '', csp: '' }
    await page.route(`${baseURL}/`, async (route) => {
      const headers = { ...route.request().headers() }
      delete headers['accept-language']
      const fetched = await route.fetch({ headers })
      served = {
        status: fetched.status(),
        body: await fetched.text(),
        csp: fetched.headers()['content-security-policy'] ?? '',
      }
      await route.fulfill({ response: fetched })
    })
    const { violations, errors } = await watch(page)
    const response = await page.goto('/')
    expect(response?.url()).toBe(`${baseURL}/`)
    expect(served.status).toBe(200)
    expect(served.body).toContain('src="/js/lang-choice.js"')
    expect(served.csp).toContain("default-src 'self'")
    // /js/lang-choice.js ran under the CSP and chose Norwegian.
    await page.waitForURL(`${baseURL}/nb/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    expect(await violations()).toEqual([])
    // Console errors are kept across both documents: a blocked script would show here.
    expect(errors).toEqual([])
    await context.close()
  })
})

test('an inline script that is not in the hash list is blocked', async ({ page }) => {
  const { violations, errors } = await watch(page)
  const response = await page.goto('/csp-fixture/')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSP fixture')
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)])
  await expect(page.locator('html')).not.toHaveAttribute('data-inline-script-ran', 'yes')
  expect(errors.join('\n')).toContain('Content Security Policy')
})
