import { expect, test, type Page } from '@playwright/test'
import { LANGS, type Lang } from '../../lib/i18n/config'
import { getT } from '../../lib/i18n'
import { sectionHref } from '../../lib/routes'

/**
 * The maps as a reader meets them, in both languages: on the agreement list one named
 * link per agreement shown, on agreement and county pages the partner and the county's
 * centre, on programme pages the shaded area with the Norwegian regions beside it; no
 * script, nothing from another site, readable at 320 px and in print.
 */

/** The agreements the list shows in words: the links under the county headings. */
async function listedAgreements(page: Page) {
  const links = page.locator('main section h3 a')
  const hrefs = await links.evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )
  return [...new Set(hrefs)]
}

/** Every request a page makes that does not go to the site itself. */
function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url())
  })
  return foreign
}

/** Some of the countries in the NPA area, as a reader of each language writes them. */
const NPA_COUNTRIES = {
  nb: ['Grønland', 'Island', 'Færøyene', 'Norge'],
  nn: ['Grønland', 'Island', 'Færøyane', 'Noreg'],
  en: ['Greenland', 'Iceland', 'Faroe Islands', 'Norway'],
} satisfies Record<Lang, string[]>

for (const lang of LANGS) {
  const t = getT(lang)

  test.describe(`maps (${lang})`, () => {
    test('the agreement list has one named map link per agreement it lists', async ({
      page,
      baseURL,
    }) => {
      const foreign = foreignRequests(page, baseURL!)
      await page.goto(sectionHref(lang, 'agreements'))
      const map = page.locator('figure[data-map="partners"]')
      await expect(map).toBeVisible()
      const listed = await listedAgreements(page)
      expect(listed.length).toBeGreaterThan(5)

      const mapLinks = map.locator('svg a')
      await expect(mapLinks).toHaveCount(listed.length)
      const mapHrefs = await mapLinks.evaluateAll((as) =>
        as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
      )
      expect(mapHrefs.sort()).toEqual([...listed].sort())

      // Each is a link by its name: the agreement's title and its status in words.
      for (const href of listed) {
        const title = (
          await page.locator(`main section h3 a[href="${href}"]`).first().innerText()
        ).trim()
        const link = map.getByRole('link', {
          name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}: `),
        })
        await expect(link, title).toHaveCount(1)
        await expect(link).toHaveAttribute('href', href)
      }
      // Status by shape and in words: the labels of the on-hold partners (Leningrad,
      // Murmansk and Arkhangelsk oblast, content/agreements/*) say so on the map.
      await expect(
        map
          .locator('svg a text')
          .filter({ hasText: t('content:agreementStatus.on-hold').toLowerCase() }),
      ).toHaveCount(3)
      await expect(map.getByRole('list', { name: t('maps:legendHeading') })).toContainText(
        t('content:agreementStatus.active'),
      )
      // Europe, north-west Russia, China and the United States.
      await expect(map.locator('svg[data-frame]')).toHaveCount(4)

      expect(await page.locator('script').count(), 'no script on a reading page').toBe(0)
      expect(foreign).toEqual([])
    })

    test('a map link leads to its agreement', async ({ page }) => {
      await page.goto(sectionHref(lang, 'agreements'))
      const link = page.locator('figure[data-map="partners"] svg a[data-agreement="kaunas"]')
      await link.click()
      await expect(page.locator('h1')).toContainText('Kaunas')
    })

    test('an agreement page shows its partner and the county that holds it', async ({ page }) => {
      await page.goto(`${sectionHref(lang, 'agreements')}leningrad-oblast/`)
      const map = page.locator('figure[data-map="partners"]')
      await expect(map.locator('svg a')).toHaveCount(1)
      await expect(
        map.getByRole('link', { name: new RegExp(t('content:agreementStatus.on-hold')) }),
      ).toBeVisible()
      await expect(map.getByRole('img', { name: new RegExp('Bodø') })).toHaveCount(1)
      await expect(map.getByRole('list', { name: t('maps:legendHeading') })).toContainText(
        t('maps:county'),
      )
    })

    test('a county page marks its own centre and its partners in every part of the world it needs', async ({
      page,
    }) => {
      await page.goto(`${sectionHref(lang, 'counties')}telemark/`)
      const map = page.locator('figure[data-map="partners"]')
      await expect(map.locator('svg[data-frame]')).toHaveCount(3)
      await expect(map.locator('svg a')).toHaveCount(3)
      await expect(map.getByRole('img', { name: /Skien/ })).toHaveCount(1)
      for (const frame of ['europe', 'china', 'us-midwest'] as const)
        await expect(map.getByText(t(`maps:frame.${frame}`), { exact: true })).toBeVisible()
    })

    test('a programme page shades its countries and names the Norwegian regions beside the map', async ({
      page,
    }) => {
      await page.goto(`${sectionHref(lang, 'programmes')}interreg-npa/`)
      const map = page.locator('figure[data-map="area"]')
      const img = map.getByRole('img')
      await expect(img).toBeVisible()
      // The text alternative names the countries that are shaded.
      const name = (await img.getAttribute('aria-label')) ?? ''
      for (const country of NPA_COUNTRIES[lang]) expect(name).toContain(country)
      await expect(map.locator('[data-map-regions] li')).toHaveText([
        'Trøndelag',
        'Nordland',
        'Troms',
        'Finnmark',
        'Svalbard',
      ])
      // The facts above still list the regions in words.
      await expect(page.locator('[data-regions]')).toContainText('Nordland')
    })

    test('the maps reflow at 320 px: no sideways scrolling, the map fits the screen', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 800 })
      for (const path of [
        sectionHref(lang, 'agreements'),
        `${sectionHref(lang, 'counties')}telemark/`,
        `${sectionHref(lang, 'programmes')}interreg-europe/`,
      ]) {
        await page.goto(path)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, path).toBeLessThanOrEqual(0)
        for (const svg of await page.locator('figure[data-map] svg[viewBox^="0 0"]').all()) {
          const box = (await svg.boundingBox())!
          expect(box.x + box.width, path).toBeLessThanOrEqual(320)
          expect(box.width, path).toBeGreaterThan(150)
        }
      }
    })

    test('the map prints', async ({ page }) => {
      await page.goto(`${sectionHref(lang, 'counties')}nordland/`)
      await page.emulateMedia({ media: 'print' })
      const svg = page.locator('figure[data-map="partners"] svg[data-frame="europe"]')
      await expect(svg).toBeVisible()
      expect((await svg.boundingBox())!.height).toBeGreaterThan(200)
    })
  })
}
