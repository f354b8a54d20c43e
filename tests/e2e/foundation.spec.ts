import { expect, test } from '@playwright/test'

test.describe('home pages', () => {
  for (const [lang, heading] of [
    ['nb', 'Internasjonalt samarbeid i fylkeskommunene'],
    ['en', "International work of Norway's county councils"],
  ] as const) {
    test(`/${lang}/ renders in its language and lists the content`, async ({ page }) => {
      await page.goto(`/${lang}/`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      // The current strategies come from the content (Nordland 2022–2026 is current in 2026).
      await expect(page.locator('#current-strategies + ul li')).not.toHaveCount(0)
      await expect(
        page.getByRole('link', { name: lang === 'nb' ? 'Avtaler' : 'Agreements' }).first(),
      ).toBeVisible()
    })
  }
})

test.describe('the language choice at /', () => {
  test('with JavaScript, a Norwegian browser goes to /nb/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nb-NO' })
    const page = await context.newPage()
    await page.goto('/')
    await page.waitForURL('**/nb/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    await context.close()
  })

  test('with JavaScript, an English browser goes to /en/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto('/')
    await page.waitForURL('**/en/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await context.close()
  })

  test('without JavaScript, / still leads to a language and offers both', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.request.get('/')
    const html = await response.text()
    expect(html).toContain('href="/nb/"')
    expect(html).toContain('href="/en/"')
    await page.goto('/')
    await page.waitForURL('**/nb/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    await context.close()
  })
})
