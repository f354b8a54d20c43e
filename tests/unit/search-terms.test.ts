import { describe, expect, it } from 'vitest'
import { getDocument } from '@/lib/content'
import { documentSearchTerms } from '@/lib/search/document-terms'
import { searchWords } from '@/lib/search/words'

/** What the build writes for search, from the real content. */
describe('search terms per document', () => {
  it('gives Interreg Aurora (which says "Sápmi") the Sámi words, in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      const { keywords } = documentSearchTerms(getDocument('Programme', lang, 'interreg-aurora')!)
      for (const w of ['samisk', 'samiske', 'sámi', 'sami', 'sápmi'])
        expect(keywords.split(' '), lang).toContain(w)
    }
    expect(documentSearchTerms(getDocument('Programme', 'nb', 'nora')!).keywords).not.toContain(
      'sami',
    )
  })

  it('names a programme by its short name and its themes, in the page language', () => {
    const npa = documentSearchTerms(getDocument('Programme', 'nb', 'interreg-npa')!)
    expect(npa.names).toBe('NPA')
    expect(
      documentSearchTerms(getDocument('Programme', 'nb', 'interreg-aurora')!).keywords,
    ).toContain('Klima og miljø')
    expect(
      documentSearchTerms(getDocument('Programme', 'en', 'interreg-aurora')!).keywords,
    ).toContain('Climate and environment')
  })

  it('marks discontinued programmes and expired strategies as historical, open ones as current', () => {
    expect(documentSearchTerms(getDocument('Programme', 'nb', 'kolarctic')!).era).toBe('historical')
    expect(documentSearchTerms(getDocument('Programme', 'nb', 'nora')!).era).toBe('current')
    expect(
      documentSearchTerms(getDocument('Strategy', 'nb', 'vestfold-og-telemark-2030')!).era,
    ).toBe('historical')
    expect(documentSearchTerms(getDocument('Agreement', 'nb', 'kaunas')!).era).toBe('current')
  })
})

describe('the word list for "did you mean"', () => {
  it('holds the words of each language as the site writes them, most frequent first, without addresses', () => {
    const nb = searchWords('nb')
    // Names as the content writes them, so a suggestion reads "Mente du: Kolarctic?".
    for (const w of ['Schleswig', 'næringsliv', 'Kolarctic', 'Zhejiang']) expect(nb).toContain(w)
    expect(nb).not.toContain('kolarctic')
    expect(nb.indexOf('fylkeskommune')).toBeLessThan(nb.indexOf('Zhejiang'))
    expect(nb.some((w) => w === 'https' || w === 'www')).toBe(false)
    expect(searchWords('en').map((w) => w.toLowerCase())).toContain('arctic')
  })
})
