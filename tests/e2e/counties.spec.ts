import { existsSync } from 'node:fs'
import { COUNTY_DATA_FILE } from '../../lib/maps/county-data'
import { expect, test } from '@playwright/test'
import { LANGS, type Lang } from '../../lib/i18n/config'
import { getT } from '../../lib/i18n'
import { sectionHref } from '../../lib/routes'

/**
 * The county councils as a reader meets them, in every language: a page for each, the
 * county map on the list (a link per county, reached by keyboard), the programme area
 * drawn county by county, a Nynorsk text on the Bokmål site with its notice, the
 * membership table, and the finder's map.
 */

/** The 15 county councils since 1 January 2024, as the site's ids write them. */
const COUNTIES_2024 = [
  'agder',
  'akershus',
  'buskerud',
  'finnmark',
  'innlandet',
  'more-og-romsdal',
  'nordland',
  'oslo',
  'ostfold',
  'rogaland',
  'telemark',
  'troms',
  'trondelag',
  'vestfold',
  'vestland',
]
/** Dissolved on 1 January 2024. */
const DISSOLVED = ['troms-og-finnmark', 'vestfold-og-telemark', 'viken']

/** Interreg ØKS in Norway, from content/programmes/nb/interreg-oks.md `regions` and interreg.no/oresund-kattegat-skagerak/. */
const OKS_COUNTIES = ['agder', 'akershus', 'buskerud', 'ostfold', 'vestfold', 'telemark', 'oslo']

/** The county list's titles on the map and in the list, as each language's page names them. */
const MAP_NAME = {
  nb: { vestland: 'Vestland fylkeskommune', oslo: 'Oslo kommune' },
  nn: { vestland: 'Vestland fylkeskommune', oslo: 'Oslo kommune' },
  en: { vestland: 'Vestland County Council', oslo: 'City of Oslo' },
} satisfies Record<Lang, Record<string, string>>

/** The county maps need Kartverket's data beside the project (lib/maps/county-data.ts). */
const COUNTY_MAP = existsSync(COUNTY_DATA_FILE)
const NO_COUNTY_MAP = `no county data at ${COUNTY_DATA_FILE}: this build has no county maps`

for (const lang of LANGS) {
  const t = getT(lang)

  test.describe(`county councils (${lang})`, () => {
    test('the county list has a page for each of the 18 county councils, 3 of them dissolved', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await page.goto(sectionHref(lang, 'counties'))
      const items = page.locator('main ul > li h2 a')
      await expect(items).toHaveCount(COUNTIES_2024.length + DISSOLVED.length)
      const links = await items.evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })),
      )
      for (const { href, text } of links) {
        const response = await page.goto(href)
        expect(response?.status(), href).toBe(200)
        await expect(page.locator('h1'), href).toHaveText(text)
        // Every page says what it knows of the strategy, and the living ones whom to ask.
        await expect(page.locator('[data-county-strategy]'), href).toBeVisible()
      }
    })

    test('the map links each of the 15 counties to its page, by name, reached with Tab', async ({
      page,
    }) => {
      test.skip(!COUNTY_MAP, NO_COUNTY_MAP)
      await page.goto(sectionHref(lang, 'counties'))
      const map = page.locator('figure[data-map="counties"]')
      const mapLinks = map.locator('svg a')
      await expect(mapLinks).toHaveCount(15)
      const ids = await mapLinks.evaluateAll((as) => as.map((a) => a.getAttribute('data-county')))
      expect(ids.sort()).toEqual([...COUNTIES_2024].sort())
      for (const [id, name] of Object.entries(MAP_NAME[lang])) {
        const link = map.getByRole('link', { name, exact: true })
        await expect(link).toHaveAttribute('data-county', id)
        // The map's link goes where the list's link of the same name goes.
        const listHref = await page
          .locator('main ul > li h2 a', { hasText: name })
          .first()
          .getAttribute('href')
        await expect(link).toHaveAttribute('href', listHref!)
      }
      // Tab from the top of the page reaches every county of the map.
      const reached = new Set<string>()
      for (let i = 0; i < 60 && reached.size < 15; i++) {
        await page.keyboard.press('Tab')
        const county = await page.evaluate(
          () => document.activeElement?.getAttribute('data-county') ?? null,
        )
        if (county) reached.add(county)
      }
      expect([...reached].sort()).toEqual([...COUNTIES_2024].sort())
      // Enter follows the focused county's link.
      await map.locator('svg a[data-county="vestland"]').focus()
      await page.keyboard.press('Enter')
      await expect(page.locator('h1')).toHaveText(MAP_NAME[lang].vestland)
    })

    test('the ØKS programme map marks exactly its seven Norwegian counties', async ({ page }) => {
      test.skip(!COUNTY_MAP, NO_COUNTY_MAP)
      await page.goto(`${sectionHref(lang, 'programmes')}interreg-oks/`)
      const map = page.locator('figure[data-map="area"]')
      const marked = await map
        .locator('svg path[data-in-area]')
        .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-region')))
      expect(marked.sort()).toEqual([...OKS_COUNTIES].sort())
      // The others are drawn, not marked.
      await expect(map.locator('svg path[data-region]')).toHaveCount(15)
      await expect(map.locator('figcaption')).toContainText(t('counties:area.abroad'))
    })

    test('the finder marks the chosen county on its map', async ({ page }) => {
      test.skip(!COUNTY_MAP, NO_COUNTY_MAP)
      await page.goto(sectionHref(lang, 'finder'))
      const map = page.locator('svg[data-county-map]')
      await expect(map.locator('[data-selected]')).toHaveCount(0)
      await page.selectOption('#finder-region', 'rogaland')
      await expect(map.locator('[data-selected]')).toHaveCount(1)
      await expect(map.locator('[data-selected]')).toHaveAttribute('data-region', 'rogaland')
      await page.selectOption('#finder-region', '')
      await expect(map.locator('[data-selected]')).toHaveCount(0)
    })

    test('the network list has a table of who takes part where, scrolling on its own on a phone', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 800 })
      await page.goto(sectionHref(lang, 'networks'))
      const region = page.getByRole('region', { name: t('counties:table.scrollLabel') })
      const table = region.getByRole('table', { name: t('counties:table.caption') })
      await expect(table).toBeVisible()
      await expect(
        table.getByRole('columnheader', { name: t('counties:table.county') }),
      ).toHaveCount(1)
      await expect(table.getByRole('rowheader').first()).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })
  })
}

test.describe('a text in one written standard of Norwegian', () => {
  test('Vestland writes Nynorsk: the Bokmål site shows it with a notice naming the language', async ({
    page,
  }) => {
    await page.goto('/nb/fylkeskommuner/vestland/')
    await expect(page.getByRole('note')).toHaveText('Denne teksten er skrevet på norsk nynorsk.')
    await expect(page.locator('h1')).toHaveAttribute('lang', 'nn')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    // No hreflang on a page that is not a translation, and search engines are told not to index it.
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  test('the Nynorsk page names only the languages with their own text', async ({ page }) => {
    await page.goto('/nn/fylkeskommunar/vestland/')
    await expect(page.getByRole('note')).toHaveCount(0)
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')))
    expect(hreflangs.sort()).toEqual(['en', 'nn', 'x-default'])
  })

  test('a Bokmål text on the Nynorsk site says it is Bokmål', async ({ page }) => {
    await page.goto('/nn/fylkeskommunar/nordland/')
    await expect(page.getByRole('note')).toHaveText('Denne teksten er skriven på norsk bokmål.')
  })
})
