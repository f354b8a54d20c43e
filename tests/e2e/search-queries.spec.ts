import { expect, test, type Page } from '@playwright/test'
import { checkA11y, describe as describeFindings } from './a11y-check'

/**
 * Search as readers type it: a table of queries per language and what the first screen
 * must show. To add a case, add a row; each row is its own test.
 *
 * - `first`: the first result's link (a path, or a pattern for "any of these").
 * - `top`: a link that must be among the first three results.
 * - `never`: links that must not be among the results (the false friends).
 * - `suggest`: the suggestion, as the site writes the word: with one clear suggestion
 *   its results show at once (and a link back to the words typed), otherwise a "did you
 *   mean" link, which must run that search when clicked.
 * - `other`: the language whose search page the page points to, when this one has no result.
 * - `none`: no result at all (and no junk result from a short word start).
 *
 * Rows name documents that exist now (NORA, NPA, Aurora, Kolarctic, strategies,
 * agreements, networks). Kolarctic is discontinued: it must not come first for a
 * word that open programmes match as well.
 */
interface Row {
  q: string
  why: string
  first?: string | RegExp
  top?: string
  never?: string[]
  suggest?: string
  other?: 'nb' | 'en'
  none?: true
}

const TABLE: Record<'nb' | 'en', { path: string; rows: Row[] }> = {
  nb: {
    path: '/nb/sok/',
    rows: [
      {
        q: 'samisk',
        why: 'Sámi, Norwegian adjective: the page says only "Sápmi"',
        first: '/nb/program/interreg-aurora/',
        never: ['/nb/avtaler/leningrad-oblast/'],
      },
      {
        q: 'samiske',
        why: 'Sámi, Norwegian plural',
        first: '/nb/program/interreg-aurora/',
        never: ['/nb/program/nora/'],
      },
      { q: 'Sápmi', why: 'as the page spells it', first: '/nb/program/interreg-aurora/' },
      { q: 'Sámi', why: 'Sámi with its accent', first: '/nb/program/interreg-aurora/' },
      {
        q: 'Sami',
        why: 'Sámi without its accent',
        first: '/nb/program/interreg-aurora/',
        never: ['/nb/strategier/nordland-2022-2026/'],
      },
      { q: 'Schlesvig', why: 'misspelled Schleswig', suggest: 'Schleswig' },
      { q: 'Kolarktik', why: 'misspelled Kolarctic', suggest: 'Kolarctic' },
      {
        q: 'naeringsliv',
        why: 'false friend: æ typed as ae must not match "nå"',
        suggest: 'næringsliv',
      },
      { q: 'Zhejang', why: 'misspelled Zhejiang', suggest: 'Zhejiang' },
      { q: 'deadline', why: 'an English word: the English pages have it', other: 'en' },
      { q: 'NPA', why: 'short name', first: '/nb/program/interreg-npa/' },
      {
        q: 'ØKS',
        why: 'short name of Øresund–Kattegat–Skagerrak',
        first: '/nb/program/interreg-oks/',
      },
      {
        q: 'Østersjøprogrammet',
        why: 'Norwegian name of Interreg Baltic Sea Region',
        first: '/nb/program/interreg-baltic-sea-region/',
      },
      { q: 'NORA', why: 'short name', first: '/nb/program/nora/' },
      { q: 'AER', why: 'short name of a network', first: '/nb/nettverk/aer/' },
      { q: 'NSPA', why: 'short name of a network', first: '/nb/nettverk/nspa/' },
      { q: 'Aurora', why: 'programme name', first: '/nb/program/interreg-aurora/' },
      {
        q: 'Kolarctic',
        why: 'a discontinued programme is still found by its name',
        first: '/nb/program/kolarctic/',
      },
      {
        q: 'klima',
        why: 'an open programme ranks above the discontinued Kolarctic',
        first: /^\/nb\/program\/(?!kolarctic\/)[a-z-]+\/$/,
      },
      { q: 'Kaunas', why: 'partner region', first: '/nb/avtaler/kaunas/' },
      { q: 'Hubei', why: 'partner region', first: '/nb/avtaler/hubei/' },
      {
        q: 'Leningrad',
        why: 'an agreement on hold is found by its name',
        first: '/nb/avtaler/leningrad-oblast/',
      },
      {
        q: 'Østlandssamarbeidet',
        why: 'æ, ø, å as written',
        first: '/nb/nettverk/ostlandssamarbeidet/',
      },
      { q: 'Nordland strategi', why: 'two words', first: '/nb/strategier/nordland-2022-2026/' },
      { q: 'qzxwv', why: 'nothing like it anywhere', none: true },
    ],
  },
  en: {
    path: '/en/search/',
    rows: [
      { q: 'Sámi', why: 'as English writes it', first: '/en/programmes/interreg-aurora/' },
      { q: 'Sami', why: 'without the accent', first: '/en/programmes/interreg-aurora/' },
      // Saami and samisk are in no page's text: they match the Sámi keywords that every
      // page about Sámi work has (lib/search/synonyms.ts), Trøndelag's county page too.
      { q: 'Saami', why: 'older English spelling', top: '/en/programmes/interreg-aurora/' },
      { q: 'Sápmi', why: 'as the page spells it', first: '/en/programmes/interreg-aurora/' },
      {
        q: 'samisk',
        why: 'the Norwegian word, on the English pages',
        top: '/en/programmes/interreg-aurora/',
        never: ['/en/agreements/leningrad-oblast/'],
      },
      { q: 'Schlesvig', why: 'misspelled Schleswig', suggest: 'Schleswig' },
      { q: 'Kolarktik', why: 'misspelled Kolarctic', suggest: 'Kolarctic' },
      { q: 'Zhejang', why: 'misspelled Zhejiang', suggest: 'Zhejiang' },
      { q: 'avtale', why: 'a Norwegian word: the Norwegian pages have it', other: 'nb' },
      { q: 'næringsliv', why: 'a Norwegian word: the Norwegian pages have it', other: 'nb' },
      {
        q: 'strategy',
        why: 'English stemming ("strategy" → "strategi") must work with diacritics folded',
        first: /^\/en\/strategies\//,
      },
      { q: 'NPA', why: 'short name', first: '/en/programmes/interreg-npa/' },
      {
        q: 'BSR',
        why: 'short name of Interreg Baltic Sea Region',
        first: '/en/programmes/interreg-baltic-sea-region/',
      },
      { q: 'URBACT', why: 'programme name', first: '/en/programmes/urbact/' },
      { q: 'NORA', why: 'short name', first: '/en/programmes/nora/' },
      { q: 'AER', why: 'short name of a network', first: '/en/networks/aer/' },
      { q: 'NSPA', why: 'short name of a network', first: '/en/networks/nspa/' },
      { q: 'Aurora', why: 'programme name', first: '/en/programmes/interreg-aurora/' },
      {
        q: 'Kolarctic',
        why: 'a discontinued programme is still found by its name',
        first: '/en/programmes/kolarctic/',
      },
      {
        q: 'climate',
        why: 'an open programme ranks above the discontinued Kolarctic',
        first: /^\/en\/programmes\/(?!kolarctic\/)[a-z-]+\/$/,
      },
      { q: 'Kaunas', why: 'partner region', first: '/en/agreements/kaunas/' },
      { q: 'Hubei', why: 'partner region', first: '/en/agreements/hubei/' },
      {
        q: 'Leningrad',
        why: 'an agreement on hold is found by its name',
        first: '/en/agreements/leningrad-oblast/',
      },
      {
        q: 'Arctic',
        why: 'NPA is the Northern Periphery and Arctic programme',
        top: '/en/programmes/interreg-npa/',
      },
      { q: 'Nordland strategy', why: 'two words', first: '/en/strategies/nordland-2022-2026/' },
      { q: 'qzxwv', why: 'nothing like it anywhere', none: true },
    ],
  },
}

const resultLinks = (page: Page) => page.locator('#search-results > li > h2 a')

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

for (const [lang, { path, rows }] of Object.entries(TABLE)) {
  test.describe(`search queries (${lang})`, () => {
    for (const row of rows) {
      test(`${path}?q=${row.q}: ${row.why}`, async ({ page, baseURL }) => {
        // Search is private: every request, the other language's index included, stays on the site.
        const requests: string[] = []
        page.on('request', (r) => requests.push(r.url()))
        await page.goto(`${path}?q=${encodeURIComponent(row.q)}`)
        const status = page.getByRole('status')
        await expect(status).toHaveText(lang === 'nb' ? /treff/ : /result/)
        const found = await hrefs(page)
        if (row.first) {
          expect(found.length, 'results').toBeGreaterThan(0)
          if (typeof row.first === 'string') expect(found[0]).toBe(row.first)
          else expect(found[0]).toMatch(row.first)
        }
        if (row.top) expect(found.slice(0, 3)).toContain(row.top)
        for (const href of row.never ?? []) expect(found).not.toContain(href)
        if (row.none) {
          expect(found).toEqual([])
          await expect(status).toHaveText(lang === 'nb' ? /^Ingen treff/ : /^No results/)
        }
        if (row.suggest) {
          const showing = page.locator('#search-more [data-showing-for]')
          const link = page.locator('#search-more a[data-query]', { hasText: row.suggest }).first()
          await expect(showing.or(link).first()).toBeVisible()
          if ((await showing.count()) > 0) {
            await expect(showing).toHaveAttribute('data-showing-for', row.suggest)
            await expect(resultLinks(page).first()).toBeVisible()
            // The words typed stay one click away.
            await expect(showing.locator('a[data-query]')).toHaveText(row.q)
          } else {
            await link.click()
            await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(row.suggest)}$`))
            await expect(page.getByRole('searchbox')).toHaveValue(row.suggest)
            await expect(resultLinks(page).first()).toBeVisible()
          }
        }
        if (row.other) {
          expect(found, 'no result in this language').toEqual([])
          const link = page.locator(`#search-more a[hreflang="${row.other}"]`)
          await expect(link).toBeVisible()
          await expect(link.locator('xpath=..')).toContainText(/\d+/)
          await link.click()
          await expect(page).toHaveURL(
            new RegExp(`^[^?]*/${row.other}/[^?]+/\\?q=${encodeURIComponent(row.q)}$`),
          )
          await expect(resultLinks(page).first()).toBeVisible()
        }
        expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([])
      })
    }
  })
}

test.describe('excerpts', () => {
  for (const [path, q, words, glued] of [
    [
      '/nb/sok/',
      'vestfoldfylke',
      'Nettsted vestfoldfylke.no',
      ['Nettstedvestfoldfylke', 'fraVestfold'],
    ],
    [
      '/en/search/',
      'vestfoldfylke',
      'Website vestfoldfylke.no',
      ['Websitevestfoldfylke', 'fromVestfold'],
    ],
  ] as const) {
    test(`${path}?q=${q}: a label and its value read as two words`, async ({ page }) => {
      await page.goto(`${path}?q=${q}`)
      const excerpts = page.locator('#search-results > li > p.mt-1')
      await expect(excerpts.first()).toBeVisible()
      const text = (await excerpts.allInnerTexts()).join(' ')
      expect(text).toContain(words)
      for (const g of glued) expect(text).not.toContain(g)
    })
  }
})

test.describe('what search adds to the page is accessible', () => {
  for (const path of ['/nb/sok/?q=Schlesvig', '/en/search/?q=avtale', '/nb/sok/?q=samisk']) {
    test(`${path}: no axe-core violation (WCAG 2.1 AA) with suggestions, other-language links or results`, async ({
      page,
    }) => {
      await page.goto(path)
      await expect(page.locator('#search-more a, #search-results a').first()).toBeVisible()
      const result = await checkA11y(page)
      expect(describeFindings(path, result.required)).toEqual([])
    })
  }
})
