/**
 * The regional actor's path on a 390 px phone: after choosing an area and a theme, the
 * first result is on the first screen, and by keyboard the first result's e-mail link is
 * a few Tab presses from the last filter (the count and "skip to results" come first).
 */
import { expect, test, type Page } from '@playwright/test'

test.use({ viewport: { width: 390, height: 844 } })

const PAGES = [
  { lang: 'nb', path: '/nb/finn-program/' },
  { lang: 'en', path: '/en/find-a-programme/' },
] as const

/** From the page: an area and a theme whose first fitting card (in page order) has an e-mail link. */
async function choiceWithEmail(page: Page) {
  return page.evaluate(() => {
    const words = (el: Element, name: string) => (el.getAttribute(name) ?? '').split(' ')
    const cards = [...document.querySelectorAll('#finder-results > [data-programme]')].filter(
      (c) => c.getAttribute('data-status') !== 'discontinued',
    )
    const options = (id: string) =>
      [...document.querySelectorAll<HTMLOptionElement>(`#${id} option`)]
        .map((o) => o.value)
        .filter(Boolean)
    for (const region of options('finder-region'))
      for (const theme of options('finder-theme')) {
        const first = cards.find(
          (c) =>
            words(c, 'data-regions').includes(region) && words(c, 'data-themes').includes(theme),
        )
        if (first?.querySelector('[data-contact] a[href^="mailto:"]'))
          return { region, theme, id: first.getAttribute('data-programme')! }
      }
    return undefined
  })
}

for (const p of PAGES) {
  test.describe(`the finder on a phone (${p.lang})`, () => {
    test('after choosing, the first result’s heading is on the first screen', async ({ page }) => {
      await page.goto(p.path)
      const choice = await choiceWithEmail(page)
      expect(choice, 'an area and theme whose first result has an e-mail').toBeDefined()
      await page.locator('#finder-region').selectOption(choice!.region)
      await page.locator('#finder-theme').selectOption(choice!.theme)
      const heading = page
        .locator('#finder-results > [data-programme]:visible')
        .first()
        .locator('h2')
      await expect(heading).toBeVisible()
      const box = (await heading.boundingBox())!
      expect(
        box.y + box.height,
        'bottom of the heading, in px from the top of the page',
      ).toBeLessThanOrEqual(844)
    })

    test('by keyboard, the first result’s e-mail link is at most 6 Tab presses after the last filter', async ({
      page,
    }) => {
      await page.goto(p.path)
      const choice = (await choiceWithEmail(page))!
      await page.locator('#finder-region').focus()
      await page.locator('#finder-region').selectOption(choice.region)
      await page.locator('#finder-theme').focus()
      await page.locator('#finder-theme').selectOption(choice.theme)
      const email = page
        .locator(`[data-programme="${choice.id}"] [data-contact] a[href^="mailto:"]`)
        .first()
      await expect(email).toBeVisible()
      let presses = 0
      while (presses < 6) {
        await page.keyboard.press('Tab')
        presses++
        if (await email.evaluate((el) => el === document.activeElement)) break
      }
      await expect(email).toBeFocused()
      expect(presses).toBeLessThanOrEqual(6)
    })

    test('the result count and the link to skip to the results come right after the form', async ({
      page,
    }) => {
      await page.goto(`${p.path}?region=nordland`)
      const order = await page.evaluate(() => {
        const form = document.getElementById('finder-form')!
        const after = (el: Element | null) =>
          Boolean(el && form.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
        const status = document.getElementById('finder-status')
        const skip = document.querySelector('[data-skip-results]')
        const firstResult = document.querySelector('#finder-results > [data-programme]')
        return {
          status: after(status),
          skip: after(skip),
          beforeResults: Boolean(
            skip &&
            firstResult &&
            skip.compareDocumentPosition(firstResult) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        }
      })
      expect(order).toEqual({ status: true, skip: true, beforeResults: true })
      await page.locator('[data-skip-results]').click()
      await expect(page).toHaveURL(/#finder-results$/)
    })
  })
}
