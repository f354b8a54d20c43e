import { expect, test, type Page } from '@playwright/test'

const PAGES = [
  { lang: 'nb', path: '/nb/finn-program/', region: 'Nordland', climate: 'Klima og miljø', energy: 'Energi', fits3: '3 programmer passer til valget ditt.', fits1: '1 program passer til valget ditt.', mark: 'passer temaet ditt' },
  { lang: 'en', path: '/en/find-a-programme/', region: 'Nordland', climate: 'Climate and environment', energy: 'Energy', fits3: '3 programmes fit your choice.', fits1: '1 programme fits your choice.', mark: 'matches your theme' },
] as const

const programme = (page: Page, id: string) => page.locator(`[data-programme="${id}"]`)

for (const p of PAGES) {
  test.describe(`the finder (${p.lang})`, () => {
    test('Nordland and a theme show the fitting programmes with a contact and hide the others', async ({ page }) => {
      await page.goto(p.path)
      await expect(page.locator('[data-programme]')).toHaveCount(4)
      await page.getByLabel(p.lang === 'nb' ? 'Hvor holder organisasjonen din til?' : 'Where is your organisation?').selectOption({ label: p.region })
      await page.getByRole('radio', { name: p.climate }).check()

      for (const id of ['nora', 'interreg-npa', 'interreg-aurora']) {
        await expect(programme(page, id)).toBeVisible()
        await expect(programme(page, id).locator('[data-contact]').first()).toBeVisible()
        // Why it fits: the chosen area and a matching priority are marked.
        await expect(programme(page, id).locator('[data-region="nordland"] [data-mark]')).toBeVisible()
        await expect(programme(page, id).getByText(p.mark).filter({ visible: true }).first()).toBeVisible()
      }
      await expect(programme(page, 'kolarctic')).toBeHidden()
      await expect(page.getByRole('status')).toHaveText(p.fits3)
      await expect(page).toHaveURL(/region=nordland/)
      await expect(page).toHaveURL(/theme=climate-environment/)

      await page.getByRole('radio', { name: p.energy, exact: true }).check()
      await expect(page.locator('[data-programme]:visible')).toHaveCount(1)
      await expect(programme(page, 'nora')).toBeVisible()
      await expect(page.getByRole('status')).toHaveText(p.fits1)
    })

    test('a shared link brings the same filters back', async ({ page }) => {
      await page.goto(`${p.path}?region=nordland&theme=energy`)
      await expect(page.locator('#finder-region')).toHaveValue('nordland')
      await expect(page.getByRole('radio', { name: p.energy, exact: true })).toBeChecked()
      await expect(page.locator('[data-programme]:visible')).toHaveCount(1)
      await expect(programme(page, 'nora')).toBeVisible()
      await expect(programme(page, 'interreg-npa')).toBeHidden()
      await expect(page.getByRole('status')).toHaveText(p.fits1)
    })

    test('the filters work from the keyboard', async ({ page }) => {
      await page.goto(p.path)
      await page.locator('#finder-region').focus()
      await page.keyboard.press('End') // the last area in the list
      await expect(page.locator('#finder-region')).not.toHaveValue('')
      await expect(page.getByRole('status')).not.toHaveText(/^$/)
    })

    test('without JavaScript the full list with contacts is readable', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${p.path}?region=nordland&theme=energy`)
      await expect(page.locator('[data-programme]')).toHaveCount(4)
      for (const id of ['nora', 'interreg-npa', 'interreg-aurora', 'kolarctic']) await expect(programme(page, id)).toBeVisible()
      await expect(programme(page, 'interreg-npa').getByRole('link', { name: 'zdedvo@nfk.no' })).toHaveAttribute('href', 'mailto:zdedvo@nfk.no')
      await expect(programme(page, 'nora').locator('[data-contact]')).toBeVisible()
      await expect(programme(page, 'kolarctic')).toHaveAttribute('data-status', 'discontinued')
      await context.close()
    })
  })
}
