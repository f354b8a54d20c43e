/**
 * Nynorsk, end to end: the third language, added by config, locale files and URL words.
 * Its interface is nynorsk; a document without nynorsk text shows the Bokmål text (the
 * default language comes first in the fallback order), with a notice and noindex, and
 * hreflang names only the languages that have their own text.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { alternates, attr, tags } from './html'
import { LANGS, type Lang } from '../../lib/i18n/config'

const NAME = {
  nb: 'Norsk (bokmål)',
  nn: 'Norsk (nynorsk)',
  en: 'English',
} as const satisfies Record<Lang, string>
const NAV = { nb: 'Språk', nn: 'Språk', en: 'Language' } as const satisfies Record<Lang, string>

async function body(request: APIRequestContext, path: string) {
  const res = await request.get(path)
  expect(res.status(), path).toBe(200)
  return res.text()
}

async function switchTo(page: Page, from: Lang, to: Lang) {
  await page
    .getByRole('navigation', { name: NAV[from] })
    .getByRole('link', { name: NAME[to], exact: true })
    .click()
  await expect(page.locator('html')).toHaveAttribute('lang', to)
}

test('/nn/ is in nynorsk, with every language in the language navigation', async ({ page }) => {
  await page.goto('/nn/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Internasjonalt samarbeid i fylkeskommunane',
  )
  const menu = page.getByRole('navigation', { name: 'Hovudmeny' })
  await expect(menu.getByRole('link', { name: 'Avtalar' })).toHaveAttribute('href', '/nn/avtalar/')
  await expect(menu.getByRole('link', { name: 'Fylkeskommunar' })).toHaveAttribute(
    'href',
    '/nn/fylkeskommunar/',
  )
  const languages = page.getByRole('navigation', { name: 'Språk' }).getByRole('link')
  await expect(languages).toHaveText(LANGS.map((l) => NAME[l]))
  await expect(languages.nth(LANGS.indexOf('nn'))).toHaveAttribute('aria-current', 'true')
  for (const [i, lang] of LANGS.entries()) {
    await expect(languages.nth(i)).toHaveAttribute('lang', lang)
    await expect(languages.nth(i)).toHaveAttribute('hreflang', lang)
    await expect(languages.nth(i)).toHaveAttribute('href', `/${lang}/`)
  }
  // The current strategies and the lists come from the content, in nynorsk words.
  await expect(page.locator('#current-strategies + ul li')).not.toHaveCount(0)
  await page
    .getByRole('navigation', { name: 'Hovudmeny' })
    .getByRole('link', { name: 'Avtalar' })
    .click()
  await expect(page).toHaveURL('/nn/avtalar/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avtalar')
})

for (const doc of [
  {
    what: 'a document with no nynorsk text (a fallback page)',
    nb: '/nb/avtaler/kaunas/',
    nn: '/nn/avtalar/kaunas/',
    en: '/en/agreements/kaunas/',
  },
  {
    what: 'a page with its own nynorsk text',
    nb: '/nb/om-nettstedet/',
    nn: '/nn/om-nettstaden/',
    en: '/en/about/',
  },
]) {
  test(`round trip nb → nn → en → nb keeps the document: ${doc.what}`, async ({ page }) => {
    await page.goto(doc.nb)
    const title = await page.getByRole('heading', { level: 1 }).textContent()
    await switchTo(page, 'nb', 'nn')
    await expect(page).toHaveURL(doc.nn)
    await switchTo(page, 'nn', 'en')
    await expect(page).toHaveURL(doc.en)
    await switchTo(page, 'en', 'nb')
    await expect(page).toHaveURL(doc.nb)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!)
    // And the other way round: nb → en → nn → nb.
    await switchTo(page, 'nb', 'en')
    await switchTo(page, 'en', 'nn')
    await expect(page).toHaveURL(doc.nn)
    await switchTo(page, 'nn', 'nb')
    await expect(page).toHaveURL(doc.nb)
  })
}

test('a document without nynorsk text shows the Bokmål text, not the English, with a notice that names it', async ({
  page,
}) => {
  // The privacy page has nb and en files: nynorsk readers get the Bokmål one, at its slug.
  await page.goto('/nb/personvern/')
  const nbTitle = (await page.getByRole('heading', { level: 1 }).textContent())!
  await page.goto('/en/privacy/')
  const enTitle = (await page.getByRole('heading', { level: 1 }).textContent())!
  expect(nbTitle).not.toBe(enTitle)

  await page.goto('/nn/personvern/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn')
  // Bokmål is the other written standard of the reader's language: the notice only names it.
  await expect(page.getByRole('note')).toHaveText('Denne teksten er skriven på norsk bokmål.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nbTitle)
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nb')
  // The interface around it stays nynorsk.
  await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible()
  await expect(page.locator('footer')).toContainText('Nettstaden brukar ingen informasjonskapslar')
})

test('a fallback page is noindex, names no alternates, is left out of the sitemap, and is searched in nynorsk as Bokmål', async ({
  request,
}) => {
  for (const path of [
    '/nn/avtalar/kaunas/',
    '/nn/personvern/',
    '/nn/testside-uten-oversettelse/',
  ]) {
    const html = await body(request, path)
    expect(html, path).toMatch(/<meta name="robots" content="noindex, follow"\s*\/?>/)
    expect(alternates(html), path).toEqual({})
    const canonical = tags(html, 'link').find((t) => attr(t, 'rel') === 'canonical')
    expect(new URL(attr(canonical!, 'href')!).pathname).toBe(path)
    expect(html, path).toContain('data-pagefind-body')
    expect(html, path).toContain('data-textlang="norsk bokmål"')
  }
  // The Bokmål page of a document without nynorsk names nb and en only.
  expect(Object.keys(alternates(await body(request, '/nb/avtaler/kaunas/')))).toEqual([
    'nb',
    'en',
    'x-default',
  ])
  const sitemap = await body(request, '/sitemap.xml')
  expect(sitemap).not.toContain('/nn/avtalar/kaunas/')
  expect(sitemap).not.toContain('hreflang="nn" href="http://127.0.0.1:3000/nn/personvern/"')
  expect(sitemap).toMatch(/<loc>[^<]*\/nn\/om-nettstaden\/<\/loc>/)
})

test('hreflang is reciprocal among the three languages where nynorsk has its own text', async ({
  request,
}) => {
  for (const set of [
    { nb: '/nb/', nn: '/nn/', en: '/en/' },
    { nb: '/nb/avtaler/', nn: '/nn/avtalar/', en: '/en/agreements/' },
    { nb: '/nb/om-nettstedet/', nn: '/nn/om-nettstaden/', en: '/en/about/' },
  ]) {
    const expected = { ...set, 'x-default': set.nb }
    for (const path of Object.values(set))
      expect(alternates(await body(request, path)), path).toEqual(expected)
  }
  // The nynorsk page itself carries the nynorsk text, and is indexed under nn.
  const about = await body(request, '/nn/om-nettstaden/')
  expect(about).toContain('<html lang="nn"')
  expect(about).toContain('data-pagefind-body')
  expect(about).toContain('<meta property="og:locale" content="nn_NO"')
})

test('the nynorsk 404 page is in nynorsk and leads on', async ({ page }) => {
  await page.goto('/nn/404/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fann ikkje sida')
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute(
    'content',
    'noindex, follow',
  )
  await page.getByRole('main').getByRole('link', { name: 'Gå til framsida' }).click()
  await expect(page).toHaveURL('/nn/')
})

test.describe('the language choice at /', () => {
  test('a nynorsk browser goes to /nn/, a Bokmål one to /nb/', async ({ browser }) => {
    for (const [locale, home] of [
      ['nn-NO', '/nn/'],
      ['nb-NO', '/nb/'],
      ['no', '/nb/'],
      ['de-DE', '/en/'],
    ] as const) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto('/')
      await page.waitForURL(`**${home}`)
      await context.close()
    }
  })

  test('offers every language, each named in itself, and says so in each', async ({ request }) => {
    const html = await body(request, '/')
    for (const lang of LANGS) expect(html).toContain(`href="/${lang}/"`)
    expect(html).toContain('Denne nettstaden finst på norsk bokmål, norsk nynorsk og engelsk.')
    expect(html).toContain(
      'This website is available in Norwegian Bokmål, Norwegian Nynorsk and English.',
    )
  })
})

test.describe('search in nynorsk', () => {
  test('Pagefind indexes the nynorsk pages under nn, with stemming: "strategiar" finds the page that says "strategiane"', async ({
    page,
    request,
  }) => {
    const entry = JSON.parse(await body(request, '/pagefind/pagefind-entry.json'))
    // One index per page language, from <html lang>: nn is one of them, with its own
    // wasm (the Norwegian stemmer, as for nb).
    expect(entry.languages.nn).toMatchObject({ wasm: 'nn' })
    // Neither word is a prefix of the other, so only a stemmer (strategi-ar, strategi-ane)
    // makes them meet; the about page has no other form of the word. "nettstaden" is a
    // word of the Nynorsk pages only: it narrows the search to them.
    await page.goto('/nn/sok/?q=nettstaden strategiar')
    await expect(
      page.locator('#search-results > li > h2 a[href="/nn/om-nettstaden/"]'),
    ).toHaveCount(1)
  })

  test('the pages /nn/ shows in Bokmål are found, marked as Bokmål', async ({ page }) => {
    await page.goto('/nn/sok/?q=Kaunas')
    await expect(page.getByRole('status')).toHaveText(/\d+ treff for «Kaunas»/)
    const first = page.locator('#search-results > li').first()
    await expect(first.locator('h2 a')).toHaveAttribute('href', '/nn/avtalar/kaunas/')
    await expect(first).toContainText('(Teksten er på norsk bokmål)')
  })

  test('a word only the English pages have leads there', async ({ page }) => {
    await page.goto('/nn/sok/?q=eligible')
    await expect(page.getByRole('status')).toHaveText(/^Ingen treff/)
    const link = page.locator('#search-more a[hreflang="en"]')
    await expect(link).toHaveText('Sjå treffa på engelsk')
    await expect(link.locator('xpath=..')).toContainText(
      /Sidene på engelsk har \d+ treff for «eligible»/,
    )
    await link.click()
    await expect(page).toHaveURL('/en/search/?q=eligible')
    await expect(page.locator('#search-results > li > h2 a').first()).toBeVisible()
  })
})
