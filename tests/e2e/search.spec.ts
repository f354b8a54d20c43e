import { expect, test, type Page } from '@playwright/test'

/** Site search (Pagefind), against the production build with its search index. */

const results = (page: Page) => page.locator('#search-results > li')
const resultLinks = (page: Page) => page.locator('#search-results > li > h2 a')

/** Every result's link, once the status says the search is done. */
async function searchHrefs(page: Page, path: string): Promise<string[]> {
  await page.goto(path)
  await expect(page.locator('#search-status')).toHaveText(/treff|result/)
  return resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

test.describe('search results', () => {
  test('on /nb/sok?q=Kaunas the Kaunas agreement is the first result, with its kind and the match marked', async ({
    page,
  }) => {
    // The script fills the page before React hydrates it: that must not cause a hydration error.
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto('/nb/sok/?q=Kaunas')
    await expect(page.getByRole('status')).toHaveText(/^\d+ treff for «Kaunas»$/)
    const first = results(page).first()
    await expect(first.getByRole('link')).toHaveAttribute('href', '/nb/avtaler/kaunas/')
    await expect(first.getByRole('link')).toContainText('Kaunas')
    await expect(first.getByText('Avtale', { exact: true })).toBeVisible()
    await expect(first.locator('mark').first()).toHaveText(/Kaunas/)
    await expect(page.getByRole('searchbox', { name: 'Søkeord' })).toHaveValue('Kaunas')
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
  })

  test('on /en/search?q=Arctic the Interreg NPA programme is among the results', async ({
    page,
  }) => {
    await page.goto('/en/search/?q=Arctic')
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Arctic”$/)
    const npa = results(page).filter({
      has: page.locator('a[href="/en/programmes/interreg-npa/"]'),
    })
    await expect(npa).toHaveCount(1)
    await expect(npa.getByText('Programme', { exact: true })).toBeVisible()
  })

  test('each language searches only its own pages', async ({ page }) => {
    const nb = await searchHrefs(page, '/nb/sok/?q=Interreg')
    expect(nb.length).toBeGreaterThan(0)
    for (const href of nb) expect(href).toMatch(/^\/nb\//)
    const en = await searchHrefs(page, '/en/search/?q=Interreg')
    expect(en.length).toBeGreaterThan(0)
    for (const href of en) expect(href).toMatch(/^\/en\//)
  })

  test('an English query on the Norwegian search returns only Norwegian pages', async ({
    page,
  }) => {
    for (const query of ['Arctic', 'agreement', 'Kaunas']) {
      const hrefs = await searchHrefs(page, `/nb/sok/?q=${query}`)
      for (const href of hrefs) expect(href, query).toMatch(/^\/nb\//)
    }
    // A word no page has: nothing is found, and the lists are offered.
    await searchHrefs(page, '/nb/sok/?q=qzxwv')
    await expect(page.getByRole('status')).toHaveText(/Ingen treff for «qzxwv»/)
    await expect(page.getByRole('link', { name: 'Avtaler' }).last()).toBeVisible()
  })

  test('Norwegian word forms: "avtale" finds "avtaler", and "avtalen" finds "avtale"', async ({
    page,
  }) => {
    await page.goto('/nb/sok/?q=avtale')
    await expect(
      page
        .locator('#search-results mark')
        .filter({ hasText: /^avtaler\b/i })
        .first(),
    ).toBeVisible()
    // "avtalen" is no prefix of "avtale" or "avtaler": only stemming can find them.
    await page.goto('/nb/sok/?q=avtalen')
    await expect(
      page
        .locator('#search-results mark')
        .filter({ hasText: /^avtaler?\b/i })
        .first(),
    ).toBeVisible()
  })

  test('æ, ø and å are searched as written', async ({ page }) => {
    const hrefs = await searchHrefs(page, '/nb/sok/?q=Østlandssamarbeidet')
    expect(hrefs).toContain('/nb/nettverk/ostlandssamarbeidet/')
    await expect(
      page
        .locator('#search-results mark')
        .filter({ hasText: /^Østlandssamarbeidet/ })
        .first(),
    ).toBeVisible()
  })

  test('a strategy priority is linked to directly', async ({ page }) => {
    await page.goto('/nb/sok/?q=prosjektarbeid')
    const strategy = results(page).filter({
      has: page.locator('a[href="/nb/strategier/vestfold-og-telemark-2030/"]'),
    })
    await expect(
      strategy.locator('a[href="/nb/strategier/vestfold-og-telemark-2030/#prosjektarbeid"]'),
    ).toHaveText(/Prosjektarbeid/)
  })

  test('a fallback page is not indexed twice', async ({ page }) => {
    // The Norwegian-only test page is found in Norwegian, and its English fallback is not found in English.
    expect(await searchHrefs(page, '/nb/sok/?q=språkvalget')).toContain(
      '/nb/testside-uten-oversettelse/',
    )
    const en = await searchHrefs(page, '/en/search/?q=språkvalget')
    expect(en).toEqual([])
  })
})

test.describe('the query in the URL', () => {
  test('a new search updates ?q=, and back returns to the previous search', async ({ page }) => {
    await page.goto('/nb/sok/?q=Kaunas')
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/nb/avtaler/kaunas/')
    const field = page.getByRole('searchbox', { name: 'Søkeord' })
    await field.fill('Arktis')
    await field.press('Enter')
    await expect(page).toHaveURL(/\/nb\/sok\/\?q=Arktis$/)
    await expect(page.locator('#search-results a[href="/nb/program/interreg-npa/"]')).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(/\/nb\/sok\/\?q=Kaunas$/)
    await expect(field).toHaveValue('Kaunas')
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/nb/avtaler/kaunas/')
  })
})

test.describe('the search field in the header', () => {
  for (const [lang, label, button, path] of [
    ['nb', 'Søkeord', 'Søk', '/nb/sok/'],
    ['en', 'Search for', 'Search', '/en/search/'],
  ] as const) {
    test(`/${lang}/: the labelled field leads to ${path}?q= and its results, by keyboard`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/`)
      const header = page.getByRole('banner')
      await header.getByRole('searchbox', { name: label }).fill('Kaunas')
      await header.getByRole('searchbox', { name: label }).press('Enter')
      await expect(page).toHaveURL(`${path}?q=Kaunas`)
      await expect(header.getByRole('button', { name: button })).toHaveCount(0) // the search page has its own field
      await expect(resultLinks(page).first()).toHaveAttribute(
        'href',
        `/${lang}/${lang === 'nb' ? 'avtaler' : 'agreements'}/kaunas/`,
      )
      // Keyboard: from the field, Tab reaches the button and then the first result.
      await page.getByRole('searchbox', { name: label }).focus()
      await page.keyboard.press('Tab')
      await expect(page.getByRole('button', { name: button })).toBeFocused()
      await page.keyboard.press('Tab')
      await expect(resultLinks(page).first()).toBeFocused()
    })
  }

  test('pages other than search load neither Pagefind nor the search script', async ({ page }) => {
    const requested: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    for (const path of ['/nb/', '/en/agreements/kaunas/', '/nb/strategier/']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      await page.getByRole('banner').getByRole('searchbox').focus()
    }
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.endsWith('/search.js'))).toEqual(
      [],
    )
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const [lang, path, explanation, list] of [
    ['nb', '/nb/sok/?q=Kaunas', 'Søket trenger JavaScript', 'Avtaler'],
    ['en', '/en/search/?q=Kaunas', 'Search needs JavaScript', 'Agreements'],
  ] as const) {
    test(`${path} explains that search needs JavaScript and offers the lists (${lang})`, async ({
      page,
    }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { name: explanation })).toBeVisible()
      const link = page.getByRole('main').getByRole('link', { name: list })
      await expect(link).toBeVisible()
      await link.click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(list)
    })
  }

  test('the header field still leads to the search page', async ({ page }) => {
    await page.goto('/en/')
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search for' }).fill('Arctic')
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL('/en/search/?q=Arctic')
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible()
  })
})
