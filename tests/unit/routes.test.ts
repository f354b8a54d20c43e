import { describe, expect, it } from 'vitest'
import { LANGS } from '@/lib/i18n'
import { COLLECTIONS, documentHref, homeHref, isCollection, pageHref, SECTIONS, sectionHref, sectionOf, segment, type Section } from '@/lib/routes'

const sections = Object.keys(SECTIONS) as Section[]

describe('the route table', () => {
  it('maps every section segment back to its section, in every language', () => {
    for (const lang of LANGS) {
      for (const section of sections) expect(sectionOf(lang, segment(section, lang)), `${lang}/${section}`).toBe(section)
    }
  })

  it('gives each section a segment of its own in each language', () => {
    for (const lang of LANGS) {
      const segs = sections.map((s) => segment(s, lang))
      expect(new Set(segs).size, lang).toBe(segs.length)
    }
  })

  it('uses segments that read as words of the language: lower case, no spaces or slashes', () => {
    for (const lang of LANGS) for (const s of sections) expect(segment(s, lang)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('localizes the segments', () => {
    expect(sectionHref('nb', 'agreements')).toBe('/nb/avtaler/')
    expect(sectionHref('en', 'agreements')).toBe('/en/agreements/')
    expect(documentHref('nb', 'strategies', 'nordland-2022-2026')).toBe('/nb/strategier/nordland-2022-2026/')
    expect(documentHref('en', 'counties', 'vestfold')).toBe('/en/counties/vestfold/')
    // Nynorsk has URL words of its own.
    expect(sectionHref('nn', 'agreements')).toBe('/nn/avtalar/')
    expect(sectionHref('nn', 'strategies')).toBe('/nn/strategiar/')
    expect(sectionHref('nn', 'counties')).toBe('/nn/fylkeskommunar/')
    expect(sectionHref('nn', 'contacts')).toBe('/nn/kontaktar/')
  })

  it('does not mistake a segment of one language for a section of the other', () => {
    expect(sectionOf('en', 'avtaler')).toBeUndefined()
    expect(sectionOf('nb', 'agreements')).toBeUndefined()
    expect(sectionOf('nb', 'no-such-section')).toBeUndefined()
    expect(sectionOf('nn', 'avtaler')).toBeUndefined()
    expect(sectionOf('nb', 'avtalar')).toBeUndefined()
  })

  it('builds URLs that end in a slash and start with the language', () => {
    for (const lang of LANGS) {
      const urls = [homeHref(lang), pageHref(lang, 'x'), ...sections.map((s) => sectionHref(lang, s))]
      for (const url of urls) expect(url).toMatch(new RegExp(`^/${lang}/(.+/)?$`))
    }
  })

  it('knows which sections are collections of documents', () => {
    for (const s of Object.keys(COLLECTIONS) as Section[]) expect(isCollection(s)).toBe(true)
    expect(isCollection('contacts')).toBe(false)
    expect(isCollection('search')).toBe(false)
  })
})
