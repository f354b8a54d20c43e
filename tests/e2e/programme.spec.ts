import { expect, test } from '@playwright/test'

const LANGS = [
  { lang: 'nb', list: '/nb/program/', discontinued: 'Avviklet', contacts: '/nb/kontakter/' },
  { lang: 'en', list: '/en/programmes/', discontinued: 'Discontinued', contacts: '/en/contacts/' },
] as const

/** The JSON-LD blocks of a page, parsed. */
async function jsonLd(page: import('@playwright/test').Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.map((b) => JSON.parse(b))
}

for (const l of LANGS) {
  test.describe(`programme pages (${l.lang})`, () => {
    test('every programme page shows status, eligible areas, rates and contacts, each with a source', async ({
      page,
    }) => {
      await page.goto(l.list)
      const hrefs = await page
        .locator('main [data-strand] h3 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))
      expect(hrefs.length).toBeGreaterThanOrEqual(4)
      for (const href of hrefs) {
        await page.goto(href)
        const main = page.locator('main')
        await expect(main.locator('[data-status]')).toBeVisible()
        await expect(main.locator('[data-status] a[data-source]')).toHaveAttribute(
          'href',
          /^https:\/\//,
        )
        await expect(main.locator('[data-regions]')).not.toBeEmpty()
        await expect(main.locator('[data-regions] a[data-source]')).toHaveAttribute(
          'href',
          /^https:\/\//,
        )
        await expect(main.locator('#priorities + p a[data-source]')).toHaveAttribute(
          'href',
          /^https:\/\//,
        )
        await expect(main.locator('#rates')).toBeVisible()
        for (const rate of await main.locator('[data-rates] li').all())
          await expect(rate.locator('a[data-source]')).toHaveAttribute('href', /^https:\/\//)
        await expect(main.locator('#rounds')).toBeVisible()
        await expect(main.locator('#contacts')).toBeVisible()
        await expect(main.locator('[data-website]')).toHaveAttribute('href', /^https:\/\//)
      }
    })

    test('the list groups programmes by strand, each with a sentence on what it means', async ({
      page,
    }) => {
      await page.goto(l.list)
      const strands = await page
        .locator('main [data-strand]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-strand')))
      // In the model's order, none empty: cross-border, transnational, interregional, other.
      const order = ['cross-border', 'transnational', 'interregional', 'other']
      expect(strands).toEqual(order.filter((s) => strands.includes(s)))
      for (const strand of strands) {
        const section = page.locator(`main [data-strand="${strand}"]`)
        await expect(section.locator('h2')).toBeVisible()
        await expect(section.locator('h2 + p')).not.toBeEmpty()
        expect(await section.locator('h3 a').count()).toBeGreaterThan(0)
      }
      await expect(
        page.locator('main [data-strand="cross-border"] h3 a', { hasText: 'Aurora' }),
      ).toBeVisible()
    })

    test('a county page lists the programmes the county takes part in, with the county council’s role', async ({
      page,
    }) => {
      await page.goto(
        l.lang === 'nb' ? '/nb/fylkeskommuner/nordland/' : '/en/county-councils/nordland/',
      )
      const list = page.locator('main [data-county-programmes]')
      await expect(list.locator('h2')).toBeVisible()
      for (const id of ['interreg-aurora', 'interreg-npa', 'nora'])
        await expect(list.locator(`[data-programme="${id}"] a`)).toBeVisible()
      await expect(
        list.locator('[data-programme="interreg-npa"] [data-county-role]'),
      ).toContainText(l.lang === 'nb' ? 'Norsk kontaktpunkt' : 'Norwegian contact point')
    })

    test('Kolarctic shows its discontinued status and what happened in 2022', async ({ page }) => {
      await page.goto(l.list)
      await page
        .getByRole('link', { name: /Kolarctic/ })
        .first()
        .click()
      await expect(page.locator('main [data-status="discontinued"]')).toContainText(l.discontinued)
      await expect(page.locator('main [data-status-note]')).toContainText('2022')
      await expect(page.locator('main [data-status-note]')).toContainText('2024')
    })

    test('NORA says what is known of its rounds, offers no empty calendar, and its contact files', async ({
      page,
      request,
    }) => {
      await page.goto(l.list)
      await page.getByRole('link', { name: /NORA/ }).first().click()
      await expect(page.locator('main [data-rounds]')).toContainText(
        l.lang === 'nb' ? 'tidlig i mars' : 'early March',
      )
      // No dates in the sources, so no calendar: one without an event is not a calendar (RFC 5545, 3.6).
      await expect(page.locator('main [data-rounds] a[data-calendar]')).toHaveCount(0)
      const vcf = await page
        .locator('main section[aria-labelledby="contacts"] a[data-vcard]')
        .first()
        .getAttribute('href')
      expect(await (await request.get(vcf!)).text()).toContain('BEGIN:VCARD')
      const ld = await jsonLd(page)
      expect(ld.some((d) => d.contactPoint?.['@type'] === 'ContactPoint')).toBe(true)
    })

    test('the contacts page has contact cards with vCards and ContactPoint data', async ({
      page,
    }) => {
      await page.goto(l.contacts)
      await expect(page.locator('main [data-contact]').first()).toBeVisible()
      await expect(page.locator('main a[data-vcard]')).toHaveCount(
        await page.locator('main [data-contact]').count(),
      )
      const points = (await jsonLd(page)).filter(
        (d) => d.contactPoint?.['@type'] === 'ContactPoint',
      )
      expect(points.length).toBe(await page.locator('main [data-contact]').count())
    })

    test('the home page lists known round rhythms and the calendar of all deadlines', async ({
      page,
      request,
    }) => {
      await page.goto(`/${l.lang}/`)
      const section = page.locator('[data-deadlines]')
      await expect(section).toContainText('NORA')
      const href = await section.locator('a[data-calendar]').getAttribute('href')
      const res = await request.get(href!)
      expect(res.status()).toBe(200)
      expect(await res.text()).toContain('BEGIN:VEVENT')
    })
  })
}
