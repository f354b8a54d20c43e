import { describe, expect, it } from 'vitest'
import { getAgreement, getProgramme, getStrategy } from '@/lib/content'
import { documentSearchTerms } from '@/lib/search/document-terms'
import { searchWords } from '@/lib/search/words'

/** What the build writes for search, from the real content. */
describe('search terms per document', () => {
  it('gives Interreg Aurora (which says "Sápmi") the Sámi words, in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      const { keywords } = documentSearchTerms(getProgramme(lang, 'interreg-aurora')!)
      for (const w of ['samisk', 'samiske', 'sámi', 'sami', 'sápmi']) expect(keywords.split(' '), lang).toContain(w)
    }
    expect(documentSearchTerms(getProgramme('nb', 'nora')!).keywords).not.toContain('sami')
  })

  it('names a programme by its short name and its themes, in the page language', () => {
    const npa = documentSearchTerms(getProgramme('nb', 'interreg-npa')!)
    expect(npa.names).toBe('NPA')
    expect(documentSearchTerms(getProgramme('nb', 'interreg-aurora')!).keywords).toContain('Klima og miljø')
    expect(documentSearchTerms(getProgramme('en', 'interreg-aurora')!).keywords).toContain('Climate and environment')
  })

  it('marks discontinued programmes and expired strategies as historical, open ones as current', () => {
    expect(documentSearchTerms(getProgramme('nb', 'kolarctic')!).era).toBe('historical')
    expect(documentSearchTerms(getProgramme('nb', 'nora')!).era).toBe('current')
    expect(documentSearchTerms(getStrategy('nb', 'vestfold-og-telemark-2030')!).era).toBe('historical')
    expect(documentSearchTerms(getAgreement('nb', 'kaunas')!).era).toBe('current')
  })
})

describe('the word list for "did you mean"', () => {
  it('holds the words of each language, most frequent first, without addresses', () => {
    const nb = searchWords('nb')
    for (const w of ['schleswig', 'næringsliv', 'kolarctic', 'zhejiang']) expect(nb).toContain(w)
    expect(nb.indexOf('fylkeskommune')).toBeLessThan(nb.indexOf('zhejiang'))
    expect(nb.some((w) => w === 'https' || w === 'www')).toBe(false)
    expect(searchWords('en')).toContain('arctic')
  })
})
