/**
 * Switching language keeps what the reader was doing: the finder's filters and the search
 * query travel with the language link (their values are ids or the reader's own words,
 * the same in both languages).
 */
import { expect, test } from '@playwright/test'

const LANGS = [
  {
    from: 'nb',
    finder: '/nb/finn-program/',
    search: '/nb/sok/',
    other: 'English',
    otherFinder: '/en/find-a-programme/',
    otherSearch: '/en/search/',
  },
  {
    from: 'en',
    finder: '/en/find-a-programme/',
    search: '/en/search/',
    other: 'Norsk (bokmål)',
    otherFinder: '/nb/finn-program/',
    otherSearch: '/nb/sok/',
  },
] as const

for (const l of LANGS) {
  test(`finder (${l.from}): the language link keeps the filters`, async ({ page }) => {
    await page.goto(l.finder)
    await page.locator('#finder-region').selectOption('trondelag')
    await page.locator('#finder-theme').selectOption('culture')
    await page.getByRole('link', { name: l.other, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${l.otherFinder}\\?region=trondelag&theme=culture$`))
    await expect(page.locator('#finder-region')).toHaveValue('trondelag')
    await expect(page.locator('#finder-theme')).toHaveValue('culture')
  })

  test(`search (${l.from}): the language link keeps the query`, async ({ page }) => {
    await page.goto(`${l.search}?q=Nordland`)
    await expect(page.locator('#search-q')).toHaveValue('Nordland')
    await page.getByRole('link', { name: l.other, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${l.otherSearch}\\?q=Nordland$`))
    await expect(page.locator('#search-q')).toHaveValue('Nordland')
  })
}
