import { expect, test, type Browser, type Page } from '@playwright/test'

/**
 * The finder's form without JavaScript, through the nginx config the build generates
 * (tests/e2e/nginx/serve.ts): choosing an area and a theme and pressing the button
 * submits ?region=&theme= to the finder's page, which nginx answers with that choice's
 * answer page (deploy/rules.ts FINDER_ANSWERS). The reader must see the same programmes,
 * in the same order, with the same count, as the finder script shows for the choice, and
 * the choice must still be in the form.
 */
const CHOICES = [
  { path: '/nb/finn-program/', region: 'telemark', theme: 'transport', button: 'Vis programmer' },
  { path: '/nb/finn-program/', region: 'nordland', theme: 'energy', button: 'Vis programmer' },
  { path: '/en/find-a-programme/', region: 'finnmark', theme: 'sami', button: 'Show programmes' },
  // An area alone, and a theme in any area (the form sends the other choice empty).
  { path: '/nn/finn-program/', region: 'vestland', theme: '', button: 'Vis program' },
  { path: '/nb/finn-program/', region: '', theme: 'climate-environment', button: 'Vis programmer' },
] as const

/** What the reader sees: the count, and the programmes listed, in page order. */
async function seen(page: Page) {
  return {
    status: (await page.locator('#finder-status').textContent())?.trim(),
    programmes: await page
      .locator('#finder-results > [data-programme]:visible')
      .evaluateAll((els) => els.map((e) => e.querySelector('h2')!.textContent!.trim())),
    nextStep: await page.locator('#finder-none').isVisible(),
  }
}

async function withScript(browser: Browser, c: (typeof CHOICES)[number]) {
  const page = await browser.newPage()
  await page.goto(c.path)
  await page.locator('#finder-region').selectOption(c.region)
  await page.locator('#finder-theme').selectOption(c.theme)
  // The script filters at once and keeps the choice in the query, without loading a page.
  await expect(page).toHaveURL(/\?/)
  const result = await seen(page)
  await page.close()
  return result
}

for (const c of CHOICES) {
  test(`${c.path} without JavaScript: ${c.region || 'any area'} and ${c.theme || 'any theme'} shows what the script shows`, async ({
    browser,
    baseURL,
  }) => {
    const expected = await withScript(browser, c)
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto(c.path)
    await page.locator('#finder-region').selectOption(c.region)
    await page.locator('#finder-theme').selectOption(c.theme)
    const button = page.getByRole('button', { name: c.button })
    await expect(button).toBeVisible()
    await Promise.all([page.waitForURL(/\?region=/), button.click()])
    // The address is the form's query, answered with a page (200), not a redirect.
    expect(new URL(page.url()).search).toBe(`?region=${c.region}&theme=${c.theme}`)
    expect(await seen(page)).toEqual(expected)
    expect(expected.programmes.length + Number(expected.nextStep)).toBeGreaterThan(0)
    // The choice is kept in the form, so the reader can change one part of it.
    await expect(page.locator('#finder-region')).toHaveValue(c.region)
    await expect(page.locator('#finder-theme')).toHaveValue(c.theme)
    await context.close()
  })
}

test('an unknown value in the query gets the finder itself, not a 404', async ({ request }) => {
  const response = await request.get('/nb/finn-program/?region=atlantis&theme=transport')
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain('data-programme=')
})

test('Telemark and transport: the programmes the script shows are the ones the sources name', async ({
  browser,
}) => {
  // A literal from the content: Interreg Øresund–Kattegat–Skagerrak funds transport and covers Telemark.
  const result = await withScript(browser, CHOICES[0])
  expect(result.programmes.join(' | ')).toContain('Øresund')
})
