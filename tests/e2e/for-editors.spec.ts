import { expect, test } from '@playwright/test'
import { onePageOfEachKind } from './helpers'

/**
 * The way in for editors: every page's footer links to the page "For redaktører", in every
 * language, and that page leads to the editor at /admin/. The about page links to it too.
 */
const PAGE = {
  nb: {
    link: 'For redaktører',
    heading: 'For redaktører',
    about: '/nb/om-nettstedet/',
    open: 'Åpne redigeringsverktøyet',
  },
  nn: {
    link: 'For redaktørar',
    heading: 'For redaktørar',
    about: '/nn/om-nettstaden/',
    open: 'Opne redigeringsverktøyet',
  },
  en: {
    link: 'For editors',
    heading: 'For editors',
    about: '/en/about/',
    open: 'Open the web editor',
  },
} as const

for (const [lang, words] of Object.entries(PAGE)) {
  test(`the footer leads to "${words.heading}" from every kind of page (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const paths = onePageOfEachKind(lang)
    expect(paths.length).toBeGreaterThan(10)
    for (const path of paths) {
      await page.goto(path)
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: words.link, exact: true })
        .click()
      await expect(page.getByRole('heading', { level: 1 }), `from ${path}`).toHaveText(
        words.heading,
      )
    }
    // The page leads to the editor.
    await expect(
      page.getByRole('main').getByRole('link', { name: words.open, exact: true }),
    ).toHaveAttribute('href', '/admin/')
  })

  test(`the about page links to "${words.heading}" (${lang})`, async ({ page }) => {
    await page.goto(words.about)
    await page.getByRole('main').getByRole('link', { name: words.link, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading)
  })
}
