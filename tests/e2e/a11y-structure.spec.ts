import { expect, test, type Page } from '@playwright/test'
import { allPaths } from './a11y-check'

/**
 * What a screen reader user meets first: unique, descriptive page titles; headings in
 * order; link text that makes sense out of context; and the language of parts marked.
 */
type PageFacts = {
  path: string
  lang: string
  title: string
  h1: string[]
  headings: number[]
  links: { name: string; href: string }[]
}

async function read(page: Page, path: string): Promise<PageFacts> {
  await page.goto(path)
  return page.evaluate((path) => {
    const name = (a: Element) =>
      (a.getAttribute('aria-label') ?? (a as HTMLElement).innerText ?? '')
        .replace(/\s+/g, ' ')
        .trim()
    return {
      path,
      lang: document.documentElement.lang,
      title: document.title,
      h1: [...document.querySelectorAll('h1')].map((h) => (h as HTMLElement).innerText.trim()),
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName[1]),
      ),
      // Links a reader can reach: not those in a folded <details> (the finder's contents).
      links: [...document.querySelectorAll('a[href]')]
        .filter((a) => a.getAttribute('href') !== '#main' && a.checkVisibility())
        .map((a) => ({ name: name(a), href: a.getAttribute('href') ?? '' })),
    }
  }, path)
}

/** Link texts that say nothing on their own, in both languages. */
const VAGUE =
  /^(her|klikk her|les mer|mer|lenke|denne siden|here|click here|read more|more|link|this page|this)$/i

test.describe('titles, headings and links on every page', () => {
  const pages: PageFacts[] = []

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(allPaths().length * 3_000)
    const page = await browser.newPage()
    // The language choice at / redirects with JavaScript; read it as it first appears.
    await page.route('**/js/lang-choice.js', (r) => r.abort())
    for (const path of allPaths()) pages.push(await read(page, path))
    await page.close()
  })

  test('every page title is unique and descriptive: it names the page (its h1) and the site', () => {
    const problems: string[] = []
    const seen = new Map<string, string>()
    for (const p of pages) {
      // Unique within a language: Bokmål and nynorsk may share a word ("Nettverk", "Program").
      const key = `${p.lang} ${p.title}`
      if (seen.has(key))
        problems.push(`${p.path}: title "${p.title}" is also the title of ${seen.get(key)}`)
      seen.set(key, p.path)
      const site = p.lang === 'en' ? 'International cooperation' : 'Internasjonalt samarbeid'
      if (!p.title.includes(site))
        problems.push(`${p.path}: title "${p.title}" does not name the site`)
      // A home page may be titled with the site's name alone; every other page names itself.
      const home = p.path === '/' || /^\/(nb|nn|en)\/$/.test(p.path)
      if (!home && !p.title.includes(p.h1[0] ?? ''))
        problems.push(`${p.path}: title "${p.title}" does not name the page ("${p.h1[0]}")`)
    }
    expect(pages.length).toBe(allPaths().length)
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('every page has one h1, first, and headings never skip a level', () => {
    const problems: string[] = []
    for (const p of pages) {
      // The language choice at / has one h1 per language, each in its own section.
      if (p.path !== '/' && p.h1.length !== 1)
        problems.push(`${p.path}: ${p.h1.length} h1 elements`)
      if (p.headings[0] !== 1) problems.push(`${p.path}: the first heading is h${p.headings[0]}`)
      p.headings.forEach((level, i) => {
        if (i > 0 && level > p.headings[i - 1] + 1)
          problems.push(`${p.path}: h${p.headings[i - 1]} is followed by h${level}`)
      })
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('every link has text that makes sense out of context', () => {
    const problems: string[] = []
    for (const p of pages) {
      for (const l of p.links) {
        if (!l.name) problems.push(`${p.path}: a link to ${l.href} has no text`)
        else if (VAGUE.test(l.name))
          problems.push(`${p.path}: the link text "${l.name}" (${l.href}) says nothing on its own`)
      }
      // The same text must not lead to different places on one page. A link within the page
      // (a contents list entry, "#contacts") may share its words with a link to another page
      // (the menu's "Kontakter"): each sits in its own named navigation, which gives it its
      // purpose (WCAG 2.4.4, in context). Two headings of the same words may not.
      const targets = new Map<string, Set<string>>()
      for (const l of p.links) {
        const key = `${l.href.startsWith('#') ? 'here' : 'away'} ${l.name}`
        targets.set(key, (targets.get(key) ?? new Set()).add(l.href))
      }
      for (const [name, hrefs] of targets)
        if (hrefs.size > 1)
          problems.push(`${p.path}: "${name.slice(5)}" leads to ${[...hrefs].join(', ')}`)
    }
    expect(problems, problems.join('\n')).toEqual([])
  })
})

test.describe('language of parts', () => {
  test('the language links are marked with their own language', async ({ page }) => {
    for (const path of ['/nb/', '/nn/', '/en/']) {
      await page.goto(path)
      const nav = page.getByRole('navigation', { name: path === '/en/' ? 'Language' : 'Språk' })
      await expect(nav.getByRole('link', { name: 'Norsk (bokmål)', exact: true })).toHaveAttribute(
        'lang',
        'nb',
      )
      await expect(nav.getByRole('link', { name: 'Norsk (nynorsk)', exact: true })).toHaveAttribute(
        'lang',
        'nn',
      )
      await expect(nav.getByRole('link', { name: 'English', exact: true })).toHaveAttribute(
        'lang',
        'en',
      )
    }
  })

  test('a fallback page marks the untranslated content with its language', async ({ page }) => {
    await page.goto('/en/testside-uten-oversettelse/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    // The notice is in English; the Norwegian heading, description and body say they are Norwegian.
    await expect(page.getByRole('note')).not.toHaveAttribute('lang', /.+/)
    await expect(page.getByRole('note')).toContainText('not yet available in English')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nb')
    // The heading, the description and the body are Norwegian; the interface around them is English.
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('article h1, article > p.text-lg, article .prose')].map((el) =>
        el.closest('[lang]')?.getAttribute('lang'),
      ),
    )
    expect(parts).toEqual(['nb', 'nb', 'nb'])
  })

  for (const [path, name, lang] of [
    ['/nb/avtaler/leningrad-oblast/', 'Ленинградская область', 'ru'],
    ['/en/agreements/leningrad-oblast/', 'Ленинградская область', 'ru'],
    ['/en/agreements/zhejiang/', '浙江省', 'zh'],
  ] as const) {
    test(`a partner region's own name is marked with its language (${path})`, async ({ page }) => {
      await page.goto(path)
      const own = page.locator(`main span[lang^="${lang}"]`)
      await expect(own).toHaveCount(1)
      await expect(own).toHaveText(name)
    })
  }

  test('the language choice at / marks each language', async ({ page }) => {
    await page.route('**/js/lang-choice.js', (r) => r.abort())
    await page.goto('/')
    await expect(page.locator('main section[lang="nb"] h1')).toHaveText('Internasjonalt samarbeid')
    await expect(page.locator('main section[lang="en"] h1')).toHaveText('International cooperation')
  })
})
