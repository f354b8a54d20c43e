import { expect, test } from '@playwright/test'
import budgets from '../../bench/budgets.json'
import { checkBudget, summarize, weighPage } from '../../scripts/bench/page-weight'
import { sectionOf } from '../../lib/routes'
import { ALL_SECTIONS, DOCUMENT_SECTIONS, hasScript, isDocumentSection } from '../../lib/sections'
import { LANGS, type Lang } from '../../lib/i18n/config'
import { builtPaths, sitemapPaths } from './helpers'

/**
 * Page-weight budgets on the production build: every page of the site in the sitemap and
 * every nynorsk page (fallback pages included), loaded in Chromium with an empty cache,
 * against bench/budgets.json (bytes gzip).
 * Reading pages (documents and free pages) ship no JavaScript; those with a map (the
 * agreement and county lists, agreement, county and programme pages) may weigh more for its inline
 * SVG; the finder and search may add their own script.
 */
type PageType = { type: string; budget: 'reading' | 'map' | 'interactive' }

/** The sections whose pages carry a map drawn at build time (components/maps/). */
const MAP_SECTIONS: readonly string[] = ['agreements', 'counties', 'programmes']

/** The type of page at a path, and which budget applies; undefined for the home and list pages. */
function pageType(path: string): PageType | undefined {
  const [lang, seg, slug] = path.split('/').filter(Boolean) as [Lang, string?, string?]
  if (!seg) return undefined
  const section = sectionOf(lang, seg)
  if (!section) return { type: 'free page', budget: 'reading' }
  if (slug)
    return isDocumentSection(section)
      ? { type: section, budget: MAP_SECTIONS.includes(section) ? 'map' : 'reading' }
      : undefined
  if (section === 'agreements') return { type: 'agreement list', budget: 'map' }
  if (section === 'counties') return { type: 'county list', budget: 'map' }
  return hasScript(section) ? { type: section, budget: 'interactive' } : undefined
}

// Nynorsk documents are mostly fallback pages, which the sitemap leaves out: every one is weighed.
const paths = [...new Set([...sitemapPaths(), ...builtPaths('nn').filter((p) => p !== '/nn/404/')])]
const types = [...new Set(paths.map((p) => pageType(p)?.type).filter((t) => t !== undefined))]

test('every reading page type is in the sitemap, in every language', () => {
  const expected = [
    'free page',
    'agreement list',
    'county list',
    ...DOCUMENT_SECTIONS,
    ...ALL_SECTIONS.filter(hasScript),
  ]
  expect(types.sort()).toEqual(expected.sort())
})

for (const type of types) {
  for (const lang of LANGS) {
    const pages = paths.filter((p) => p.startsWith(`/${lang}/`) && pageType(p)?.type === type)
    const budget = pageType(pages[0] ?? '')?.budget ?? 'reading'
    test(`${type} in ${lang}: every page within the ${budget} budget (${pages.length} pages)`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000)
      expect(pages.length).toBeGreaterThan(0)
      const failures: string[] = []
      for (const path of pages) {
        // A fresh context per page: nothing cached, as for a first visit.
        const context = await browser.newContext()
        const recorded = await weighPage(await context.newPage(), new URL(path, baseURL).href)
        await context.close()
        expect(summarize(recorded).html.raw, `${path} loaded its HTML`).toBeGreaterThan(0)
        for (const over of checkBudget(recorded, budgets[budget])) failures.push(`${path}: ${over}`)
      }
      expect(failures).toEqual([])
    })
  }
}
