/**
 * The feeds of the built site (out/, after `SITE_FIXTURES=1 npm run build`): every Atom
 * file parses as Atom with Debian's feedparser (tests/unit/atom-reader.ts), its links lead
 * to pages the build wrote, and every page names its feeds in <head> as a feed reader
 * finds them (rel="alternate" type="application/atom+xml"), each of them a feed in out/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { builtPaths } from '../e2e/helpers'
import { readAtomFiles } from '../unit/atom-reader'
import { OUT } from './generated-files'

const LANGS = ['nb', 'nn', 'en']

function feedFiles(): string[] {
  return LANGS.flatMap((lang) => {
    const dir = join(OUT, lang, 'feed')
    if (!existsSync(dir))
      throw new Error(`${dir} is missing: run the build (SITE_FIXTURES=1 npm run build) first`)
    return readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `/${lang}/feed/${f}`)
  })
}

/** Whether a URL of the site (absolute, or a path) is a file or page the build wrote. */
function inOut(url: string): boolean {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname)
  return path.endsWith('/')
    ? existsSync(join(OUT, path, 'index.html'))
    : existsSync(join(OUT, path))
}

const pathOf = (url: string) => new URL(url, 'http://site.invalid').pathname

/** The pages that name feeds: every page but the 404 pages and the redirects from old addresses. */
function pages(): { path: string; feeds: string[] }[] {
  return LANGS.flatMap(builtPaths)
    .filter((p) => !/\/404\/$/.test(p))
    .map((path) => {
      const html = parse(readFileSync(join(OUT, path, 'index.html'), 'utf8'))
      return { path, html }
    })
    .filter(({ html }) => !html.querySelector('meta[http-equiv="refresh"]'))
    .map(({ path, html }) => ({
      path,
      feeds: html
        .querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')
        .map((l) => pathOf(l.getAttribute('href') ?? '')),
    }))
}

describe('the feeds in out/', () => {
  const files = feedFiles()
  const read = readAtomFiles(files.map((f) => join(OUT, f)))

  it('has a feed of all changes, of each section and of each county council, in every language', () => {
    for (const lang of LANGS)
      expect(files).toEqual(
        expect.arrayContaining([
          `/${lang}/feed/all.xml`,
          `/${lang}/feed/programmes.xml`,
          `/${lang}/feed/agreements.xml`,
          `/${lang}/feed/strategies.xml`,
          `/${lang}/feed/county-nordland.xml`,
          `/${lang}/feed/county-telemark.xml`,
          `/${lang}/feed/county-vestfold.xml`,
        ]),
      )
  })

  it('every feed is well-formed Atom 1.0 to a feed parser', () => {
    const bad = read
      .map((feed, i) => ({ file: files[i], feed }))
      .filter(({ feed }) => feed.bozo || feed.version !== 'atom10')
      .map(({ file, feed }) => `${file}: ${feed.version} ${feed.bozoException}`)
    expect(bad).toEqual([])
  })

  it("every feed's own links and its entries' links lead to files and pages in out/", () => {
    const broken: string[] = []
    read.forEach((feed, i) => {
      for (const link of feed.feed.links)
        if (!inOut(link.href)) broken.push(`${files[i]}: ${link.rel} ${link.href}`)
      for (const entry of feed.entries)
        if (!inOut(entry.link)) broken.push(`${files[i]}: entry ${entry.id} ${entry.link}`)
      const self = feed.feed.links.find((l) => l.rel === 'self')
      if (self && pathOf(self.href) !== files[i]) broken.push(`${files[i]}: self is ${self.href}`)
    })
    expect(broken).toEqual([])
  })

  it('every entry has an id of its own within its feed', () => {
    for (const feed of read) {
      const ids = feed.entries.map((e) => e.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it("Kaunas's change note is in the all-changes, agreements and Vestfold feeds, with its date", () => {
    const note =
      'Vestfold og Telemark fylkeskommune er tatt ut av listen over fylkeskommuner som har avtalen; nå står bare Vestfold fylkeskommune der.'
    for (const file of [
      '/nb/feed/all.xml',
      '/nb/feed/agreements.xml',
      '/nb/feed/county-vestfold.xml',
    ]) {
      const entry = read[files.indexOf(file)].entries.find((e) => e.summary === note)
      expect(entry, file).toBeDefined()
      expect(entry!.id).toMatch(/,2026:nb\/agreement\/kaunas\/2026-12-02$/)
      expect(entry!.updated).toBe('2026-12-02T00:00:00.000Z')
      expect(pathOf(entry!.link)).toBe('/nb/avtaler/kaunas/')
    }
    const telemark = read[files.indexOf('/nb/feed/county-telemark.xml')]
    expect(telemark.entries.map((e) => e.summary)).not.toContain(note)
  })
})

describe("the pages' <head>", () => {
  const all = pages()

  it('every page names the feed of all changes in its language', () => {
    const without = all
      .filter((p) => !p.feeds.includes(`/${p.path.split('/')[1]}/feed/all.xml`))
      .map((p) => p.path)
    expect(all.length).toBeGreaterThan(50)
    expect(without).toEqual([])
  })

  it('every feed a page names is a feed in out/, and every feed is named by a page', () => {
    const named = new Set(all.flatMap((p) => p.feeds))
    expect([...named].filter((f) => !inOut(f))).toEqual([])
    expect(feedFiles().filter((f) => !named.has(f))).toEqual([])
  })

  it("a document page names its section's and its county councils' feeds", () => {
    const feedsOf = (path: string) => all.find((p) => p.path === path)?.feeds
    expect(feedsOf('/nb/avtaler/kaunas/')).toEqual([
      '/nb/feed/all.xml',
      '/nb/feed/agreements.xml',
      '/nb/feed/county-vestfold.xml',
    ])
    expect(feedsOf('/en/county-councils/nordland/')).toEqual([
      '/en/feed/all.xml',
      '/en/feed/county-nordland.xml',
    ])
    expect(feedsOf('/nn/program/')).toEqual(['/nn/feed/all.xml', '/nn/feed/programmes.xml'])
  })
})
