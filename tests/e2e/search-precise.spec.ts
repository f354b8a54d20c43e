import { expect, test, type Page } from '@playwright/test'

/**
 * Precise search (lib/search/precise.ts): a word finds itself and its inflections, not
 * every word that starts like it; a phrase and a match in the priorities rank first; a
 * word this language lacks brings the other language's results; the Nynorsk site finds
 * the pages it shows in Bokmål.
 */
const results = (page: Page) => page.locator('#search-results > li > h2 a')
const hrefs = (page: Page) =>
  results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))

test('"samer" finds the Sámi, not "samfunn" or "samarbeid"', async ({ page }) => {
  await page.goto('/nb/sok/?q=samer')
  await expect(results(page).first()).toBeVisible()
  expect((await hrefs(page))[0]).toBe('/nb/program/interreg-aurora/')
  const marked = await page.locator('#search-results mark').allTextContents()
  for (const word of marked) expect(word.toLowerCase()).not.toMatch(/^sam(funn|arbeid)/)
  // Before: 37 results, most of them for samfunn and samarbeid.
  expect((await hrefs(page)).length).toBeLessThan(10)
})

test('"samf" while typing: the last word may be the start of a word', async ({ page }) => {
  await page.goto('/nb/sok/')
  await page.getByRole('searchbox').pressSequentially('samf')
  await expect(page.locator('#search-results mark').first()).toHaveText(/^samf/i)
})

test('"grønn omstilling": the programmes whose priorities say it come first', async ({ page }) => {
  await page.goto(`/nb/sok/?q=${encodeURIComponent('grønn omstilling')}`)
  await expect(results(page).first()).toBeVisible()
  const found = await hrefs(page)
  // Their priorities: "Grønn omstilling i Nordsjøregionen" and "Grønn omstilling" (the content).
  expect(found.slice(0, 2).sort()).toEqual([
    '/nb/program/interreg-north-sea/',
    '/nb/program/interreg-oks/',
  ])
  // The strategy that holds the two words apart ranks below them.
  const apart = found.indexOf('/nb/strategier/vestfold-og-telemark-2030/')
  if (apart !== -1) expect(apart).toBeGreaterThan(1)
})

test('a word only the English pages have: the English results are offered on /nb/sok/', async ({
  page,
}) => {
  await page.goto('/nb/sok/?q=deadline')
  const english = page.locator('#search-more [data-other-language="en"]')
  // The English index is loaded only now: allow it time on a busy machine.
  await expect(english.getByRole('heading', { name: 'Treff på engelsk' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(english.locator('li h2 a').first()).toHaveAttribute('href', /^\/en\//)
  expect(await hrefs(page)).toEqual([])
})

test('"samisk" on the Nynorsk site finds Interreg Aurora, shown there in Bokmål', async ({
  page,
}) => {
  await page.goto('/nn/sok/?q=samisk')
  const aurora = page.locator('#search-results > li', {
    has: page.locator('h2 a[href="/nn/program/interreg-aurora/"]'),
  })
  await expect(aurora).toBeVisible()
  await expect(aurora.locator('h2')).toContainText('(Teksten er på norsk bokmål)')
})
