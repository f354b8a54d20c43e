/**
 * Reading works with JavaScript off: one page of every type, in every language, renders
 * its heading and content, and the skip link, main navigation and language link work.
 * Run at 320 px, the narrowest screen the header must serve: there the navigation is
 * behind the "Meny" button (a <details>, components/layout/SiteMenu.tsx).
 */
import { expect, test } from '@playwright/test'
import { builtPaths, sitemapPaths } from './helpers'

const UI = {
  nb: {
    menu: 'Hovedmeny',
    menuButton: 'Meny',
    language: 'Språk',
    other: 'English',
    otherLang: 'en',
    crumbs: 'Brødsmulesti',
    agreements: 'Avtaler',
    skip: 'Gå til hovedinnholdet',
  },
  nn: {
    menu: 'Hovudmeny',
    menuButton: 'Meny',
    language: 'Språk',
    other: 'Norsk (bokmål)',
    otherLang: 'nb',
    crumbs: 'Brødsmulesti',
    agreements: 'Avtalar',
    skip: 'Gå til hovudinnhaldet',
  },
  en: {
    menu: 'Main menu',
    menuButton: 'Menu',
    language: 'Language',
    other: 'Norsk (bokmål)',
    otherLang: 'nb',
    crumbs: 'Breadcrumbs',
    agreements: 'Agreements',
    skip: 'Skip to main content',
  },
} as const
type Lang = keyof typeof UI

/** One page of each type: home, every section, the first document of every collection, free pages, fallback, 404. */
function samples(lang: Lang): string[] {
  // Nynorsk documents are fallback pages, which the sitemap leaves out.
  const paths = [...new Set([...sitemapPaths(), ...builtPaths('nn')])].filter(
    (p) => p.startsWith(`/${lang}/`) && !p.endsWith('/404/'),
  )
  const byType = new Map<string, string>()
  for (const p of paths) {
    const parts = p.split('/').filter(Boolean)
    const key = parts.length >= 3 ? `doc:${parts[1]}` : p
    if (!byType.has(key)) byType.set(key, p)
  }
  return [...byType.values(), `/${lang}/testside-uten-oversettelse/`, `/${lang}/404/`]
}

test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } })

for (const lang of Object.keys(UI) as Lang[]) {
  test(`with JavaScript off, every ${lang} page type renders, fits 320 px, and its navigation works`, async ({
    page,
  }) => {
    test.setTimeout(120_000) // many pages in one test: a limit on the whole loop
    const ui = UI[lang]
    const pages = samples(lang)
    expect(pages.length).toBeGreaterThan(12)
    for (const path of pages) {
      await page.goto(path)
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang)
      const h1 = page.getByRole('heading', { level: 1 })
      await expect(h1, path).toHaveCount(1)
      await expect(h1, path).toBeVisible()
      // The finder and search pages are built in their own issues; until then they are a heading.
      if (!/\/(finn-program|sok|find-a-programme|search)\/$/.test(path)) {
        expect(
          (await page.getByRole('main').innerText()).trim().length,
          `${path}: main has content`,
        ).toBeGreaterThan(40)
      }
      // Nothing is wider than the screen, so nothing scrolls sideways.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}: width at 320 px`,
      ).toBeLessThanOrEqual(320)
      await page.locator('header summary').getByText(ui.menuButton, { exact: true }).click()
      await expect(
        page.getByRole('navigation', { name: ui.menu }).getByRole('link').first(),
        path,
      ).toBeVisible()
      await expect(
        page.getByRole('navigation', { name: ui.language }).getByRole('link', { name: ui.other }),
        path,
      ).toBeVisible()
    }

    // The skip link is the first thing the keyboard reaches, and it moves focus to main.
    await page.goto(pages[0])
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: ui.skip })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main$/)

    // Main navigation, by keyboard: open the menu, Tab to a menu link and follow it.
    await page.goto(pages[0])
    await page.locator('header summary').focus()
    await page.keyboard.press('Enter')
    const menuLink = page
      .getByRole('navigation', { name: ui.menu })
      .getByRole('link', { name: ui.agreements, exact: true })
    await menuLink.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.agreements)
    // On the new page the menu starts closed; opened, it marks where the reader is.
    await page.locator('header summary').click()
    await expect(menuLink).toHaveAttribute('aria-current', 'page')

    // Into a document and across to the other language.
    await page.getByRole('main').getByRole('link').nth(1).click()
    await expect(page.getByRole('navigation', { name: ui.crumbs })).toBeVisible()
    await page
      .getByRole('navigation', { name: ui.language })
      .getByRole('link', { name: ui.other })
      .click()
    await expect(page.locator('html')).toHaveAttribute('lang', ui.otherLang)
  })
}
