import { expect, test } from '@playwright/test'

/**
 * The calendar subscription box gives the address of the host the page is served from:
 * the test server runs on its own port (PORT), not on the build's SITE_URL
 * (http://127.0.0.1:3000 unless set), so a copy of the site elsewhere offers its own
 * calendars. Without JavaScript the box shows the build's SITE_URL.
 */
const PAGES = [
  { lang: 'nb', path: '/nb/', file: '/nb/calendar/all.ics' },
  { lang: 'nn', path: '/nn/', file: '/nn/calendar/all.ics' },
  { lang: 'en', path: '/en/', file: '/en/calendar/all.ics' },
]

for (const p of PAGES) {
  test(`${p.lang}: the subscription box shows this server's address`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin
    await page.goto(p.path)
    const box = page.locator('[data-deadlines] [data-calendar-subscribe]')
    await expect(box.locator('[data-calendar-address]')).toHaveValue(`${origin}${p.file}`)
    await expect(box.locator('a[data-webcal]')).toHaveAttribute(
      'href',
      `webcal://${new URL(baseURL!).host}${p.file}`,
    )
    // The address works here.
    const res = await page.request.get(`${origin}${p.file}`)
    expect(res.status()).toBe(200)
    expect(await res.text()).toContain('BEGIN:VEVENT')
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test("the box shows the build's SITE_URL, not this server's", async ({ page, baseURL }) => {
    const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
    await page.goto('/nb/')
    const value = await page.locator('[data-deadlines] [data-calendar-address]').inputValue()
    expect(value).toBe(`${siteUrl}/nb/calendar/all.ics`)
    expect(new URL(baseURL!).origin).not.toBe(siteUrl)
  })
})
