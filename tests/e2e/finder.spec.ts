import { expect, test, type Page } from '@playwright/test'
import type { Region } from '../../lib/content/model'
import { BY_REGION, NO_CONTACT_PUBLISHED, PARTLY } from '../programme-catalogue'

const PAGES = [
  {
    lang: 'nb',
    path: '/nb/finn-program/',
    region: 'Hvor holder organisasjonen din til?',
    theme: 'Hva handler prosjektet om?',
    sami: 'Samisk kultur og språk',
    fits: /^\d+ programm?e?r? passer til valget ditt\.$/,
    none: 'Ingen programmer passer til valget ditt.',
    next: 'Hva gjør du nå?',
    unknown: 'et valg vi ikke kjenner igjen (atlantis)',
  },
  {
    lang: 'en',
    path: '/en/find-a-programme/',
    region: 'Where is your organisation?',
    theme: 'What is your project about?',
    sami: 'Sámi culture and language',
    fits: /^\d+ programmes? fits? your choice\.$/,
    none: 'No programme fits your choice.',
    next: 'What next?',
    unknown: 'a choice we do not recognise (atlantis)',
  },
] as const

const programme = (page: Page, id: string) => page.locator(`[data-programme="${id}"]`)
const visibleIds = (page: Page) =>
  page
    .locator('#finder-results > [data-programme]:visible')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-programme')!).sort())

/** The southern and northern regions the issue names, each checked against the hand-written table. */
const REGIONS_TRIED: Region[] = ['vestfold', 'nordland', 'innlandet', 'trondelag', 'oslo']

for (const p of PAGES) {
  test.describe(`the finder (${p.lang})`, () => {
    for (const region of REGIONS_TRIED) {
      test(`${region}: the programmes the sources name, each with a contact to reach`, async ({
        page,
      }) => {
        await page.goto(p.path)
        await page.getByLabel(p.region).selectOption(region)
        await expect(page.getByRole('status')).toHaveText(p.fits)
        expect(await visibleIds(page)).toEqual([...BY_REGION[region]].sort())
        await expect(page).toHaveURL(new RegExp(`region=${region}`))
        for (const id of BY_REGION[region]) {
          const card = programme(page, id)
          // A way to reach a person: an e-mail or phone link, visible on the card; where no source
          // publishes a contact person, a link to the programme's own website says so.
          if (NO_CONTACT_PUBLISHED.includes(id))
            await expect(
              card
                .locator(
                  '[data-no-contact] a[href^="https://"], [data-contact] a[href^="https://"]',
                )
                .first(),
              id,
            ).toBeVisible()
          else
            await expect(
              card
                .locator('[data-contact] a[href^="mailto:"], [data-contact] a[href^="tel:"]')
                .first(),
              id,
            ).toBeVisible()
          // Why it fits: the chosen area is marked, or the card says all of Norway can apply.
          await expect(
            card
              .locator(`[data-region="${region}"] [data-mark], [data-all-norway] [data-mark]`)
              .first(),
            id,
          ).toBeVisible()
          // A region only partly in the area says which part.
          const partly = (PARTLY[id] ?? []).includes(region)
          await expect(card.locator(`[data-region="${region}"] [data-region-part]`)).toHaveCount(
            partly ? 1 : 0,
          )
        }
      })
    }

    test('a Sámi culture project in Trøndelag finds Interreg Aurora, with the part of Trøndelag', async ({
      page,
    }) => {
      await page.goto(`${p.path}?region=trondelag`)
      await page.getByLabel(p.theme).selectOption({ label: p.sami })
      const aurora = programme(page, 'interreg-aurora')
      await expect(aurora).toBeVisible()
      await expect(aurora.locator('[data-region="trondelag"] [data-region-part]')).toBeVisible()
      await expect(
        aurora.locator('[data-priority-themes~="sami"] [data-mark]').first(),
      ).toBeVisible()
    })

    test('a choice with no programme shows whom to ask, with links', async ({ page }) => {
      await page.goto(p.path)
      // Find, from the page itself, an area and theme no open programme covers.
      const choice = await page.evaluate(() => {
        const cards = [...document.querySelectorAll('#finder-results > [data-programme]')].filter(
          (c) => c.getAttribute('data-status') !== 'discontinued',
        )
        const words = (el: Element, name: string) => (el.getAttribute(name) ?? '').split(' ')
        const options = (id: string) =>
          [...document.querySelectorAll<HTMLOptionElement>(`#${id} option`)]
            .map((o) => o.value)
            .filter(Boolean)
        for (const region of options('finder-region'))
          for (const theme of options('finder-theme'))
            if (
              !cards.some(
                (c) =>
                  words(c, 'data-regions').includes(region) &&
                  words(c, 'data-themes').includes(theme),
              )
            )
              return { region, theme }
        return undefined
      })
      expect(choice, 'some area and theme has no programme').toBeDefined()
      await page.getByLabel(p.region).selectOption(choice!.region)
      await page.getByLabel(p.theme).selectOption(choice!.theme)
      await expect(page.getByRole('status')).toHaveText(p.none)
      const next = page.locator('#finder-none')
      await expect(next.getByRole('heading', { name: p.next })).toBeVisible()
      await expect(next.locator('a[href="https://interreg.no/programmer-v2/"]')).toBeVisible()
      // The county council of that area where the site knows it, otherwise the general advice.
      await expect(
        next.locator(`[data-next-step-region="${choice!.region}"], [data-next-step-any]`).first(),
      ).toBeVisible()
    })

    test('Nordland with nothing fitting names its county council’s international contact', async ({
      page,
    }) => {
      await page.goto(p.path)
      const entry = page.locator('[data-next-step-region="nordland"]')
      await expect(entry).toHaveCount(1)
      await expect(entry.locator('a').first()).toHaveAttribute(
        'href',
        /#nordland-international-office$/,
      )
    })

    test('a shared link brings the same filters back; an unknown value is named, not silently widened', async ({
      page,
    }) => {
      await page.goto(`${p.path}?region=nordland&theme=culture`)
      await expect(page.locator('#finder-region')).toHaveValue('nordland')
      await expect(page.locator('#finder-theme')).toHaveValue('culture')
      await expect(page.getByRole('status')).toHaveText(p.fits)

      await page.goto(`${p.path}?region=atlantis&theme=culture`)
      await expect(page.locator('#finder-unknown')).toBeVisible()
      await expect(page.locator('#finder-unknown')).toContainText(p.unknown)
      await expect(page.locator('#finder-theme')).toHaveValue('culture')
    })

    test('without JavaScript the full list with contacts is readable', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${p.path}?region=nordland&theme=energy`)
      const all = await page.locator('#finder-results > [data-programme]').count()
      expect(all).toBeGreaterThanOrEqual(4)
      await expect(page.locator('#finder-results > [data-programme]:visible')).toHaveCount(all)
      await expect(
        page.locator('#finder-results [data-contact] a[href^="mailto:"]').first(),
      ).toBeVisible()
      // A programme that takes no applications is no result, but is named under its own heading.
      await expect(programme(page, 'kolarctic')).toHaveCount(0)
      await expect(
        page.locator('[data-not-taking] [data-programme-not-taking="kolarctic"]'),
      ).toBeVisible()
      await expect(
        page.locator('[data-not-taking] [data-programme-not-taking="interreg-europe"]'),
      ).toBeVisible()
      await context.close()
    })
  })
}
