import { expect, test, type Page } from '@playwright/test'
import { sitemapPaths } from './helpers'

/**
 * Every public page, in both languages: what the sitemap lists answers, has one h1 and
 * the right language, links to its counterpart and back, and is reachable by links.
 * Pages are read with JavaScript off: reading must not depend on it.
 */
test.use({ javaScriptEnabled: false })

const langOf = (path: string) => path.split('/')[1]
const depth = (path: string) => path.split('/').filter(Boolean).length

type PageFacts = {
  status: number
  lang: string | null
  h1: number
  breadcrumbs: number
  canonical: string | null
  alternates: Record<string, string>
  languageLinks: { lang: string; href: string; current: boolean }[]
}

async function read(page: Page, path: string): Promise<PageFacts> {
  const response = await page.goto(path)
  return {
    status: response?.status() ?? 0,
    ...(await page.evaluate(() => {
      const nav = [...document.querySelectorAll('header nav')].find((n) => n.querySelector('a[hreflang]'))
      return {
        lang: document.documentElement.getAttribute('lang'),
        h1: document.querySelectorAll('h1').length,
        breadcrumbs: document.querySelectorAll('nav ol a[aria-current="page"]').length,
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        alternates: Object.fromEntries(
          [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]),
        ),
        languageLinks: [...(nav?.querySelectorAll('a[hreflang]') ?? [])].map((a) => ({
          lang: a.getAttribute('lang') ?? '',
          href: a.getAttribute('href') ?? '',
          current: a.getAttribute('aria-current') === 'true',
        })),
      }
    })),
  }
}

test('the sitemap lists pages in both languages', () => {
  const paths = sitemapPaths()
  expect(paths.filter((p) => langOf(p) === 'nb').length).toBeGreaterThan(20)
  expect(paths.filter((p) => langOf(p) === 'en').length).toBeGreaterThan(20)
})

test('every sitemap page answers with one h1, its language, breadcrumbs when deep, and a canonical URL of itself', async ({ page }) => {
  test.setTimeout(180_000)
  for (const path of sitemapPaths()) {
    const facts = await read(page, path)
    expect(facts.status, path).toBe(200)
    expect(facts.h1, `${path}: h1 count`).toBe(1)
    expect(facts.lang, path).toBe(langOf(path))
    if (depth(path) >= 3) expect(facts.breadcrumbs, `${path}: breadcrumbs`).toBe(1)
    expect(facts.canonical && new URL(facts.canonical).pathname, path).toBe(path)
  }
})

test('the language links lead to the counterpart and back, and hreflang alternates are reciprocal', async ({ page }) => {
  test.setTimeout(240_000)
  const inSitemap = new Set(sitemapPaths())
  const cache = new Map<string, PageFacts>()
  const get = async (path: string) => cache.get(path) ?? cache.set(path, await read(page, path)).get(path)!
  for (const path of inSitemap) {
    const facts = await get(path)
    const current = facts.languageLinks.filter((l) => l.current)
    expect(current.map((l) => l.lang), `${path}: current language marked`).toEqual([langOf(path)])
    expect(current[0].href, path).toBe(path)
    for (const link of facts.languageLinks.filter((l) => !l.current)) {
      const other = await get(link.href)
      expect(other.status, `${path} → ${link.href}`).toBe(200)
      expect(other.lang, link.href).toBe(link.lang)
      const back = other.languageLinks.find((l) => l.lang === langOf(path))
      expect(back?.href, `${link.href} leads back`).toBe(path)
    }
    // hreflang: only pages that exist, and each names this page in return.
    for (const [hreflang, target] of Object.entries(facts.alternates)) {
      expect(inSitemap.has(target), `${path}: hreflang ${hreflang} → ${target} is a real page`).toBe(true)
      const other = await get(target)
      expect(Object.values(other.alternates), `${target} names ${path} in return`).toContain(path)
    }
    if (Object.keys(facts.alternates).length > 0) expect(facts.alternates['x-default'], path).toBeDefined()
  }
})

test('a crawl from /nb/ and /en/ reaches every sitemap page and finds no broken internal link', async ({ request }) => {
  test.setTimeout(240_000)
  const seen = new Set<string>()
  const broken: string[] = []
  const queue = ['/nb/', '/en/']
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const response = await request.get(path)
    if (response.status() !== 200) {
      broken.push(`${path} (${response.status()})`)
      continue
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue
    const html = await response.text()
    // Links, and GET forms (the search field leads to the search page).
    for (const [, href] of html.matchAll(/<(?:a\b[^>]*\shref|form\b[^>]*\saction)="([^"]+)"/g)) {
      if (!href.startsWith('/') || href.startsWith('//')) continue
      const target = href.split('#')[0].split('?')[0]
      if (target && !seen.has(target)) queue.push(target)
    }
  }
  expect(broken).toEqual([])
  const missing = sitemapPaths().filter((p) => !seen.has(p))
  expect(missing).toEqual([])
})

test('a document without a translation links to a fallback page with a notice, never to a 404', async ({ page }) => {
  const nb = await read(page, '/nb/testside-uten-oversettelse/')
  const english = nb.languageLinks.find((l) => l.lang === 'en')!
  expect(english.href).toBe('/en/testside-uten-oversettelse/')
  const en = await read(page, english.href)
  expect(en.status).toBe(200)
  expect(en.lang).toBe('en')
  await expect(page.getByText('This page is not yet available in English')).toBeVisible()
  // The content keeps its real language.
  await expect(page.locator('h1')).toHaveAttribute('lang', 'nb')
  await expect(page.locator('h1')).toHaveText('Testside uten oversettelse')
  // A fallback is no translation: no hreflang, and not indexed.
  expect(en.alternates).toEqual({})
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  expect(sitemapPaths()).not.toContain('/en/testside-uten-oversettelse/')
  // And back: the Norwegian link leads to the Norwegian page.
  expect(en.languageLinks.find((l) => l.lang === 'nb')?.href).toBe('/nb/testside-uten-oversettelse/')
})

test.describe('every page type renders and navigates without JavaScript', () => {
  const samples = {
    nb: ['/nb/', '/nb/strategier/', '/nb/avtaler/kaunas/', '/nb/nettverk/', '/nb/program/nora/', '/nb/fylker/vestfold-og-telemark/', '/nb/kontakter/', '/nb/personvern/', '/nb/404/'],
    en: ['/en/', '/en/strategies/', '/en/agreements/kaunas/', '/en/networks/', '/en/programmes/nora/', '/en/counties/vestfold-and-telemark/', '/en/contacts/', '/en/privacy/', '/en/404/'],
  }
  for (const [lang, paths] of Object.entries(samples)) {
    test(lang, async ({ page }) => {
      for (const path of paths) {
        await page.goto(path)
        await expect(page.locator('h1'), path).toBeVisible()
        await expect(page.locator('main'), path).not.toBeEmpty()
      }
      // The main navigation works by plain links.
      await page.goto(paths[0])
      await page.getByRole('navigation', { name: lang === 'nb' ? 'Hovedmeny' : 'Main menu' }).getByRole('link', { name: lang === 'nb' ? 'Avtaler' : 'Agreements' }).click()
      await expect(page).toHaveURL(lang === 'nb' ? /\/nb\/avtaler\/$/ : /\/en\/agreements\/$/)
      await expect(page.locator('h1')).toHaveText(lang === 'nb' ? 'Avtaler' : 'Agreements')
    })
  }
})

test.describe('the Vestfold og Telemark strategy', () => {
  for (const [path, heading, agreements] of [
    ['/nb/strategier/vestfold-og-telemark-2030/', 'Bilaterale avtaler', ['/nb/avtaler/kaunas/', '/nb/avtaler/hubei/', '/nb/avtaler/midtvesten-usa/', '/nb/avtaler/schleswig-holstein/']],
    ['/en/strategies/vestfold-and-telemark-2030/', 'Bilateral agreements', ['/en/agreements/kaunas/', '/en/agreements/hubei/', '/en/agreements/us-midwest/', '/en/agreements/schleswig-holstein/']],
  ] as const) {
    test(`${path} shows the four priorities and links the bilateral agreements`, async ({ page }) => {
      await page.goto(path)
      const priorities = page.locator('main ol > li')
      await expect(priorities).toHaveCount(4)
      const bilateral = priorities.filter({ has: page.getByRole('heading', { name: heading }) })
      await expect(bilateral).toHaveCount(1)
      const hrefs = await bilateral.locator('a[href*="/a"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      for (const href of agreements) expect(hrefs).toContain(href)
      // Its anchor works on its own.
      await page.goto(`${path}#bilaterale-avtaler`)
      await expect(page.locator('#bilaterale-avtaler')).toBeVisible()
    })
  }
})

test('a county that no longer exists says when it existed and links to its successors', async ({ page }) => {
  await page.goto('/en/counties/vestfold-and-telemark/')
  await expect(page.getByText(/existed from 2020 to 2023/)).toBeVisible()
  await expect(page.locator('main a[href="/en/counties/vestfold/"]').first()).toBeVisible()
  await expect(page.locator('main a[href="/en/counties/telemark/"]').first()).toBeVisible()
  await page.goto('/nb/fylker/vestfold-og-telemark/')
  await expect(page.getByText(/fantes fra 2020 til 2023/)).toBeVisible()
})
