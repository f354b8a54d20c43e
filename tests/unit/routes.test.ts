import { describe, expect, it } from 'vitest'
import { LANGS } from '@/lib/i18n'
import { documentHref, homeHref, pageHref, sectionHref, sectionOf } from '@/lib/routes'
import {
  ALL_SECTIONS,
  DOCUMENT_SECTIONS,
  isDocumentSection,
  isListSection,
  LIST_SECTIONS,
  sectionOfType,
  sectionWord,
  typeOfSection,
} from '@/lib/sections'
import { documentTypes, type DocumentTypeName } from '@/lib/content/model'

const sections = ALL_SECTIONS

describe('the route table', () => {
  it('maps every section word back to its section, in every language', () => {
    for (const lang of LANGS) {
      for (const section of sections)
        expect(sectionOf(lang, sectionWord(section, lang)), `${lang}/${section}`).toBe(section)
    }
  })

  it('gives each section a word of its own in each language', () => {
    for (const lang of LANGS) {
      const words = sections.map((s) => sectionWord(s, lang))
      expect(new Set(words).size, lang).toBe(words.length)
    }
  })

  it('uses words of the language: lower case, no spaces or slashes', () => {
    for (const lang of LANGS)
      for (const s of sections) expect(sectionWord(s, lang)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('localizes the words', () => {
    expect(sectionHref('nb', 'agreements')).toBe('/nb/avtaler/')
    expect(sectionHref('en', 'agreements')).toBe('/en/agreements/')
    expect(documentHref('nb', 'strategies', 'nordland-2022-2026')).toBe(
      '/nb/strategier/nordland-2022-2026/',
    )
    expect(documentHref('en', 'counties', 'vestfold')).toBe('/en/county-councils/vestfold/')
    expect(documentHref('nb', 'counties', 'vestfold')).toBe('/nb/fylkeskommuner/vestfold/')
    // Nynorsk has URL words of its own.
    expect(sectionHref('nn', 'agreements')).toBe('/nn/avtalar/')
    expect(sectionHref('nn', 'strategies')).toBe('/nn/strategiar/')
    expect(sectionHref('nn', 'counties')).toBe('/nn/fylkeskommunar/')
    expect(sectionHref('nn', 'contacts')).toBe('/nn/kontaktar/')
  })

  it('does not mistake a word of one language for a section of the other', () => {
    expect(sectionOf('en', 'avtaler')).toBeUndefined()
    expect(sectionOf('nb', 'agreements')).toBeUndefined()
    expect(sectionOf('nb', 'no-such-section')).toBeUndefined()
    expect(sectionOf('nn', 'avtaler')).toBeUndefined()
    expect(sectionOf('nb', 'avtalar')).toBeUndefined()
  })

  it('builds URLs that end in a slash and start with the language', () => {
    for (const lang of LANGS) {
      const urls = [
        homeHref(lang),
        pageHref(lang, 'x'),
        ...sections.map((s) => sectionHref(lang, s)),
      ]
      for (const url of urls) expect(url).toMatch(new RegExp(`^/${lang}/(.+/)?$`))
    }
  })
})

describe('the section registry', () => {
  it('knows which sections list documents, and which give them pages of their own', () => {
    expect(LIST_SECTIONS).toEqual([
      'strategies',
      'agreements',
      'networks',
      'programmes',
      'counties',
      'contacts',
    ])
    expect(DOCUMENT_SECTIONS).toEqual([
      'strategies',
      'agreements',
      'networks',
      'programmes',
      'counties',
    ])
    expect(isListSection('contacts')).toBe(true)
    expect(isDocumentSection('contacts')).toBe(false)
    expect(isListSection('search')).toBe(false)
  })

  it('lists every document type of the model in exactly one section, except free pages', () => {
    const types = Object.keys(documentTypes) as DocumentTypeName[]
    for (const type of types) {
      const listed = LIST_SECTIONS.filter((s) => typeOfSection(s) === type)
      expect(listed, type).toHaveLength(type === 'Page' ? 0 : 1)
      expect(sectionOfType(type)).toBe(listed[0])
    }
  })
})
