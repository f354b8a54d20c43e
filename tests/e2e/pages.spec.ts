/**
 * Every public page, in every language: what the sitemap lists answers with one h1, the
 * right language, breadcrumbs where deep, honest hreflang, and language links that lead
 * to the same page in the other languages and back. Per-URL checks read the built HTML
 * with page.request (fast); round trips use real navigation.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'
import { sitemapPaths } from './helpers'
import {
  alternates,
  attr,
  BREADCRUMB_LABELS,
  ids,
  LANG_NAV_LABELS,
  navInner,
  pathOf,
  tags,
} from './html'
import { movedSections, sectionHref } from '../../lib/routes'
import { ALL_SECTIONS } from '../../lib/sections'
import { LANGS, type Lang } from '../../lib/i18n/config'

/** Each language's name in itself, as the language navigation must show it. */
const LANG_NAME = {
  nb: 'Norsk (bokmål)',
  nn: 'Norsk (nynorsk)',
  en: 'English',
} as const satisfies Record<Lang, string>
const langOf = (path: string) => path.split('/')[1] as Lang
/** The round trips go through LANGS in order and back to the first: each neighbouring pair, both ways. */
const next = (lang: Lang): Lang => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]
/** What each language calls its interface words the checks look for. */
const UI = {
  nb: {
    intl: 'nb-NO',
    og: 'nb_NO',
    updated: 'Sist oppdatert',
    accessibility: 'Tilgjengelighetserklæring',
    privacy: 'Personvern',
    nav: 'Språk',
  },
  nn: {
    intl: 'nn-NO',
    og: 'nn_NO',
    updated: 'Sist oppdatert',
    accessibility: 'Tilgjengeerklæring',
    privacy: 'Personvern',
    nav: 'Språk',
  },
  en: {
    intl: 'en-GB',
    og: 'en_GB',
    updated: 'Last updated',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy',
    nav: 'Language',
  },
} as const satisfies Record<Lang, Record<string, string>>
/** /<lang>/<section>/<slug>/ and deeper: two or more levels below the home page. */
const isDeep = (path: string) => path.split('/').filter(Boolean).length >= 3

/** The home and section pages of every language: pages that are no document. */
const TOP_PAGES = new Set(
  LANGS.flatMap((l) => [`/${l}/`, ...ALL_SECTIONS.map((s) => sectionHref(l, s))]),
)

const FIXTURE = { nb: '/nb/testside-uten-oversettelse/', en: '/en/testside-uten-oversettelse/' }

async function html(request: APIRequestContext, path: string) {
  const res = await request.get(path)
  return { status: res.status(), body: await res.text() }
}

/** The language links of a page: language → path. */
function languageLinks(body: string): Record<string, { path: string; tag: string }> {
  const nav = navInner(body, LANG_NAV_LABELS)
  expect(nav, 'language navigation').toBeDefined()
  return Object.fromEntries(
    tags(nav!, 'a').map((t) => [attr(t, 'lang')!, { path: pathOf(attr(t, 'href')!), tag: t }]),
  )
}

test('the sitemap lists every page type in every language, and the fixture without its fallback', () => {
  const paths = sitemapPaths()
  // Nynorsk: home, the 8 sections and its own free page; its fallback pages are left out.
  const nn = paths.filter((p) => langOf(p) === 'nn')
  expect(nn.filter((p) => !isDeep(p)).length).toBeGreaterThanOrEqual(10)
  expect(nn).toContain('/nn/om-nettstaden/')
  expect(nn).not.toContain('/nn/avtalar/kaunas/')
  for (const lang of ['nb', 'en'] as const) {
    const mine = paths.filter((p) => langOf(p) === lang)
    expect(mine).toContain(`/${lang}/`)
    // Home, 8 sections, and documents of every collection.
    expect(mine.filter((p) => !isDeep(p)).length).toBeGreaterThanOrEqual(9)
    expect(mine.filter(isDeep).length).toBeGreaterThan(20)
  }
  expect(paths).toContain(FIXTURE.nb)
  // A fallback page is not a translation: it stays out of the sitemap.
  expect(paths).not.toContain(FIXTURE.en)
  expect(new Set(paths).size).toBe(paths.length)
})

/** Collects what is wrong over many pages, so one failure names them all, briefly. */
function problems() {
  const found: string[] = []
  return { found, check: (ok: unknown, what: string) => void (ok ? undefined : found.push(what)) }
}

test('every page in the sitemap answers 200 with one h1, its language, title, description, canonical and furniture', async ({
  request,
}) => {
  const { found, check } = problems()
  for (const path of sitemapPaths()) {
    const lang = langOf(path)
    const { status, body } = await html(request, path)
    check(status === 200, `${path}: status ${status}`)
    check(
      body.match(/<html\b[^>]*>/)?.[0].includes(`lang="${lang}"`),
      `${path}: <html lang="${lang}">`,
    )
    check(tags(body, 'h1').length === 1, `${path}: ${tags(body, 'h1').length} h1`)
    check(/<title>[^<]+<\/title>/.test(body), `${path}: title`)
    check(/<meta name="description" content="[^"]+"/.test(body), `${path}: description`)
    const canonical = tags(body, 'link').find((t) => attr(t, 'rel') === 'canonical')
    check(canonical && pathOf(attr(canonical, 'href')!) === path, `${path}: canonical is itself`)
    check(
      body.includes(`<meta property="og:locale" content="${UI[lang].og}"`),
      `${path}: og:locale`,
    )
    // The skip link is the first link on the page and leads to <main id="main">.
    check(attr(tags(body, 'a')[0] ?? '', 'href') === '#main', `${path}: skip link first`)
    check(/<main\b[^>]*id="main"/.test(body), `${path}: main#main`)
    const crumbs = navInner(body, BREADCRUMB_LABELS)
    if (isDeep(path)) {
      check(
        crumbs && attr(tags(crumbs, 'a')[0] ?? '', 'href') === `/${lang}/`,
        `${path}: breadcrumbs from the home page`,
      )
      check(
        crumbs &&
          tags(crumbs, 'a').some(
            (t) => attr(t, 'aria-current') === 'page' && attr(t, 'href') === path,
          ),
        `${path}: breadcrumbs end at the page`,
      )
      check(body.includes('"@type":"BreadcrumbList"'), `${path}: BreadcrumbList JSON-LD`)
    } else {
      check(!crumbs, `${path}: no breadcrumbs on a top-level page`)
    }
    // Document and free pages say when they were last changed, as a day in the page's language.
    if (!TOP_PAGES.has(path)) {
      const updated = body.match(
        /(Sist oppdatert|Last updated)(?:<!-- -->)?: <time dateTime="(\d{4}-\d\d-\d\d)">([^<]+)</,
      )
      check(updated?.[1] === UI[lang].updated, `${path}: last updated`)
      if (updated) {
        const [y, m, d] = updated[2].split('-').map(Number)
        const shown = new Intl.DateTimeFormat(UI[lang].intl, {
          dateStyle: 'long',
          timeZone: 'UTC',
        }).format(Date.UTC(y, m - 1, d))
        check(
          updated[3] === shown,
          `${path}: last updated shows ${updated[3]}, its dateTime says ${updated[2]}`,
        )
      }
    }
    if (isDeep(path) && LANGS.some((l) => path.startsWith(sectionHref(l, 'counties'))))
      check(
        body.includes('"@type":"GovernmentOrganization"'),
        `${path}: GovernmentOrganization JSON-LD`,
      )
    // The footer names the publisher and links to the accessibility statement and privacy page.
    const footer = body.match(/<footer\b[\s\S]*?<\/footer>/)?.[0] ?? ''
    check(
      footer.includes(`>${UI[lang].accessibility}<`),
      `${path}: footer links the accessibility statement`,
    )
    check(footer.includes(`>${UI[lang].privacy}<`), `${path}: footer links the privacy page`)
  }
  expect(found).toEqual([])
})

test('hreflang alternates are reciprocal, include x-default, match the sitemap and point only at pages that exist', async ({
  request,
}) => {
  const { found, check } = problems()
  const inSitemap = new Set(sitemapPaths())
  const sitemapXml = await (await request.get('/sitemap.xml')).text()
  for (const path of inSitemap) {
    const { body } = await html(request, path)
    const alts = alternates(body)
    const entry =
      sitemapXml.match(new RegExp(`<loc>[^<]*${path}</loc>([\\s\\S]*?)</url>`))?.[1] ?? ''
    const fromSitemap = Object.fromEntries(
      [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], pathOf(m[2])]),
    )
    const langs = Object.keys(alts).filter((k) => k !== 'x-default')
    if (langs.length === 0) {
      // A document in one language only: nothing to point at, in the head or the sitemap.
      check(
        Object.keys(fromSitemap).every((l) => l === langOf(path)),
        `${path}: sitemap names no other language`,
      )
      continue
    }
    check(alts[langOf(path)] === path, `${path}: lists itself`)
    check(alts['x-default'], `${path}: x-default`)
    check(
      JSON.stringify(fromSitemap) === JSON.stringify(alts),
      `${path}: sitemap alternates ${JSON.stringify(fromSitemap)} = head ${JSON.stringify(alts)}`,
    )
    for (const l of langs) {
      if (alts[l] === path) continue
      check(inSitemap.has(alts[l]), `${path} → ${alts[l]} is in the sitemap`)
      const target = await html(request, alts[l])
      check(target.status === 200, `${path} → ${alts[l]}: status ${target.status}`)
      check(
        JSON.stringify(alternates(target.body)) === JSON.stringify(alts),
        `${alts[l]} points back to ${path} with the same alternates`,
      )
    }
  }
  expect(found).toEqual([])
})

test('a page without a translation has no hreflang to the other language, and its fallback is noindex', async ({
  request,
}) => {
  const nb = await html(request, FIXTURE.nb)
  expect(Object.keys(alternates(nb.body))).not.toContain('en')
  const en = await html(request, FIXTURE.en)
  expect(en.status).toBe(200)
  expect(alternates(en.body)).toEqual({})
  expect(en.body).toMatch(/<meta name="robots" content="noindex, follow"\s*\/?>/)
})

test('a crawl from /nb/, /nn/ and /en/ reaches every page in the sitemap and finds no broken internal link', async ({
  request,
}) => {
  const { found, check } = problems()
  const seen = new Map<string, string>() // path → body
  const queue = LANGS.map((l) => ({ path: `/${l}/`, from: 'start' }))
  const fragments: { from: string; path: string; id: string }[] = []
  while (queue.length > 0) {
    const { path, from } = queue.shift()!
    if (seen.has(path)) continue
    const { status, body } = await html(request, path)
    check(status === 200, `${path} (linked from ${from}): status ${status}`)
    seen.set(path, body)
    for (const tag of tags(body, 'a')) {
      const href = attr(tag, 'href')
      if (!href || !href.startsWith('/')) continue
      const url = new URL(href, 'http://site.invalid')
      if (url.hash)
        fragments.push({
          from: path,
          path: url.pathname,
          id: decodeURIComponent(url.hash.slice(1)),
        })
      if (!seen.has(url.pathname)) queue.push({ path: url.pathname, from: path })
    }
  }
  for (const path of sitemapPaths()) check(seen.has(path), `${path} is not reached by the crawl`)
  for (const f of fragments)
    check(
      ids(seen.get(f.path) ?? '').has(f.id),
      `#${f.id} on ${f.path} (linked from ${f.from}) does not exist`,
    )
  expect(found).toEqual([])
  expect(seen.size).toBeGreaterThanOrEqual(sitemapPaths().length)
})

for (const lang of LANGS) {
  test(`every ${lang} page's language links lead to its counterparts, and ${next(lang)} and back`, async ({
    browser,
    request,
  }) => {
    // Many pages: a limit on the whole loop, not on any one step.
    test.setTimeout(180_000)
    // Plain links: the round trip is the same with JavaScript off, and faster to load.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const paths = sitemapPaths().filter((p) => langOf(p) === lang)
    for (const path of paths) {
      const { body } = await html(request, path)
      const links = languageLinks(body)
      // GOV.UK pattern: each language named in itself, lang and hreflang on the link, the current one marked.
      expect(Object.keys(links), `${path}: a link per language, in config order`).toEqual(LANGS)
      for (const l of LANGS) {
        expect(attr(links[l].tag, 'hrefLang')).toBe(l)
        if (l !== lang)
          expect(attr(links[l].tag, 'aria-current'), `${path}: ${l} not marked`).toBeUndefined()
        // The counterpart is the page hreflang names, when a translation exists.
        const alt = alternates(body)[l]
        if (alt) expect(links[l].path, `${path}: ${l} link = hreflang`).toBe(alt)
      }
      expect(attr(links[lang].tag, 'aria-current'), `${path}: current language marked`).toBe('true')
      expect(links[lang].path, `${path}: current language links to itself`).toBe(path)

      const to = next(lang)
      await page.goto(path)
      await page
        .getByRole('navigation', { name: UI[lang].nav })
        .getByRole('link', { name: LANG_NAME[to] })
        .click()
      await expect(page, `${path} → counterpart`).toHaveURL(links[to].path)
      await expect(page.locator('html')).toHaveAttribute('lang', to)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      const back = page
        .getByRole('navigation', { name: UI[to].nav })
        .getByRole('link', { name: LANG_NAME[lang] })
      await back.click()
      await expect(page, `${path}: back from the counterpart`).toHaveURL(path)
    }
    await context.close()
  })
}

test('a document without a translation: the English link leads to a fallback page with a notice, not a 404', async ({
  page,
}) => {
  await page.goto(FIXTURE.nb)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testside uten oversettelse')
  await page
    .getByRole('navigation', { name: 'Språk' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page).toHaveURL(FIXTURE.en)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const notice = page.getByRole('note')
  await expect(notice).toContainText('This page is not yet available in English')
  // The content is marked with the language it is really written in.
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nb')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testside uten oversettelse')
  await expect(
    page.locator('main [lang="nb"]').filter({ hasText: 'Denne siden finnes bare på norsk' }),
  ).toHaveCount(1)
  // The interface stays English.
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Norsk (bokmål)' })
    .click()
  await expect(page).toHaveURL(FIXTURE.nb)
})

test.describe('the strategy of Vestfold og Telemark', () => {
  const cases = [
    {
      path: '/nb/strategier/vestfold-og-telemark-2030/',
      agreementsSection: '/nb/avtaler/',
      titles: [
        'Medlemsorganisasjoner',
        'Bilaterale avtaler',
        'Prosjektarbeid',
        'Kompetanse og kunnskapsdeling',
      ],
    },
    {
      path: '/en/strategies/vestfold-and-telemark-2030/',
      agreementsSection: '/en/agreements/',
      titles: null,
    },
  ]
  for (const c of cases) {
    test(`${c.path} shows the four priorities, and the bilateral agreements link from "bilateral agreements"`, async ({
      page,
    }) => {
      await page.goto(c.path)
      const priorities = page.locator('main ol > li').filter({ has: page.locator('> h3[id]') })
      await expect(priorities).toHaveCount(4)
      if (c.titles)
        for (const [i, title] of c.titles.entries())
          await expect(priorities.nth(i).locator('h3')).toContainText(title)
      // Each priority has its own anchor.
      await expect(priorities.nth(0).locator('h3')).toHaveAttribute('id', 'medlemsorganisasjoner')
      await expect(priorities.nth(0).locator('h3 a')).toHaveAttribute(
        'href',
        '#medlemsorganisasjoner',
      )
      const bilateral = priorities.filter({ has: page.locator('#bilaterale-avtaler') })
      const agreementLinks = bilateral.locator(`a[href^="${c.agreementsSection}"]`)
      await expect(agreementLinks).toHaveCount(4)
      const hrefs = await agreementLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
      for (const slug of ['kaunas', 'hubei', 'schleswig-holstein'])
        expect(hrefs).toContain(`${c.agreementsSection}${slug}/`)
      // Following one lands on that agreement's page.
      const first = agreementLinks.first()
      const name = (await first.textContent())!
      await first.click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    })
  }
})

test('the 404 pages are in their language and offer a way on', async ({ page }) => {
  for (const [lang, heading, home] of [
    ['nb', 'Fant ikke siden', 'Gå til forsiden'],
    ['nn', 'Fann ikkje sida', 'Gå til framsida'],
    ['en', 'Page not found', 'Go to the home page'],
  ] as const) {
    await page.goto(`/${lang}/404/`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await page.getByRole('main').getByRole('link', { name: home }).click()
    await expect(page).toHaveURL(`/${lang}/`)
  }
})
test('a county that no longer exists says when it existed and links to its successors', async ({
  page,
}) => {
  await page.goto('/en/county-councils/vestfold-and-telemark/')
  await expect(page.getByText(/existed from 2020 to 2023/)).toBeVisible()
  await expect(page.locator('main a[href="/en/county-councils/vestfold/"]').first()).toBeVisible()
  await expect(page.locator('main a[href="/en/county-councils/telemark/"]').first()).toBeVisible()
  await page.goto('/nb/fylkeskommuner/vestfold-og-telemark/')
  await expect(page.getByText(/fantes fra 2020 til 2023/)).toBeVisible()
})
test('the agreement list shows each agreement once, under the county council that holds it now, never as active under a dissolved one', async ({
  page,
}) => {
  for (const [path, hubei, dissolved] of [
    [
      '/en/agreements/',
      'Hubei Province (China)',
      'Vestfold and Telemark County Council (2020–2023)',
    ],
    ['/nb/avtaler/', 'Hubei-provinsen (Kina)', 'Vestfold og Telemark fylkeskommune (2020–2023)'],
  ] as const) {
    await page.goto(path)
    await expect(
      page.getByRole('main').getByRole('link', { name: hubei, exact: true }),
    ).toHaveCount(1)
    await expect(page.getByRole('main').getByRole('heading', { name: dissolved })).toHaveCount(0)
  }
})

test('the old addresses of a moved section lead to the new ones: a redirect page, not indexed, canonical to the new page', async ({
  page,
  request,
}) => {
  expect(movedSections().map((m) => [m.from, m.to])).toEqual([
    ['/nb/fylker/', '/nb/fylkeskommuner/'],
    ['/en/counties/', '/en/county-councils/'],
  ])
  for (const [old, now] of [
    ['/nb/fylker/', '/nb/fylkeskommuner/'],
    ['/nb/fylker/nordland/', '/nb/fylkeskommuner/nordland/'],
    ['/en/counties/vestfold-and-telemark/', '/en/county-councils/vestfold-and-telemark/'],
  ] as const) {
    const res = await request.get(old)
    expect(res.status(), old).toBe(200)
    const body = await res.text()
    expect(body, old).toContain(`<meta http-equiv="refresh" content="0; url=${now}">`)
    expect(body, old).toContain('<meta name="robots" content="noindex, follow">')
    expect(
      pathOf(
        attr(
          tags(body, 'link').find((t) => attr(t, 'rel') === 'canonical')!,
          'href',
        )!,
      ),
      old,
    ).toBe(now)
    expect(
      tags(body, 'a').map((t) => attr(t, 'href')),
      old,
    ).toEqual([now])
    await page.goto(old)
    await expect(page).toHaveURL(now)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/moved|flyttet/)
  }
  // The redirect pages are not pages of the site: not in the sitemap.
  expect(sitemapPaths().filter((p) => movedSections().some((m) => p.startsWith(m.from)))).toEqual(
    [],
  )
})
