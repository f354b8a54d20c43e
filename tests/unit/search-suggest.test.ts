import { describe, expect, it } from 'vitest'
import { fill } from '@/lib/page-script/messages'
import {
  fold,
  isRealMatch,
  matchesTerm,
  nearestWords,
  rankResults,
  suggestQueries,
} from '@/lib/search/suggest'
import { synonymsFor } from '@/lib/search/synonyms'

/** A word list as the build writes it: most frequent first. */
const WORDS = [
  'interreg',
  'program',
  'næringsliv',
  'schleswig',
  'holstein',
  'kolarctic',
  'arktis',
  'samarbeid',
  'sápmi',
  'samisk',
  'sa',
]

describe('did you mean', () => {
  it('finds the indexed word for a misspelling or a word typed without æ, ø, å', () => {
    expect(nearestWords('schlesvig', WORDS)[0]).toBe('schleswig')
    expect(nearestWords('kolarktik', WORDS)[0]).toBe('kolarctic')
    expect(nearestWords('naeringsliv', WORDS)[0]).toBe('næringsliv')
    expect(fold('Næringsliv Sápmi Bodø Å')).toBe('naeringsliv sapmi bodo aa')
  })

  it('suggests nothing for a word far from every indexed word, or for known words', () => {
    expect(nearestWords('qzxwv', WORDS)).toEqual([])
    expect(suggestQueries('interreg', WORDS)).toEqual([])
    expect(suggestQueries('inter', WORDS)).toEqual([]) // a word start is known: Pagefind finds it
  })

  it('replaces only the unknown word of a query', () => {
    expect(suggestQueries('interreg kolarktik', WORDS)).toEqual(['interreg kolarctic'])
    expect(suggestQueries('Schlesvig holstein', WORDS)).toEqual(['schleswig holstein'])
  })
})

describe('real matches', () => {
  it("treats Pagefind's fallback to a short word start as no match", () => {
    expect(matchesTerm('sa', 'samisk')).toBe(false)
    expect(matchesTerm('a', 'agreement')).toBe(false)
    expect(matchesTerm('schleswig-holstein.de/DE/Fachinhalte', 'deadline')).toBe(false)
    // With diacritics folded, "nå" is the start of "naeringsliv".
    expect(matchesTerm('nå.', 'naeringsliv')).toBe(false)
    // The word itself, a longer word, a word form the stemmer found, a part of a compound: real matches.
    expect(matchesTerm('Kaunas', 'kaunas')).toBe(true)
    expect(matchesTerm('avtaler', 'avtalen')).toBe(true)
    expect(matchesTerm('Strategies', 'strategy')).toBe(true)
    expect(matchesTerm('Sápmi.', 'sapmi')).toBe(true)
    expect(matchesTerm('Schleswig-Holstein-samarbeidet', 'samarbeid')).toBe(true)
  })

  it('keeps a result matched in its metadata or with one real marked word', () => {
    expect(isRealMatch('… 2024 <mark>sa</mark> fylkesrådslederen …', [], ['samisk'])).toBe(false)
    expect(isRealMatch('Interreg Aurora …', ['keywords'], ['samisk'])).toBe(true)
    expect(
      isRealMatch('<mark>Sápmi.</mark> og <mark>sa</mark>', undefined, ['sápmi', 'samisk']),
    ).toBe(true)
  })
})

describe('ranking', () => {
  it('ranks a current document above a historical one with the same or a somewhat better match', () => {
    const results = [
      { id: 'kolarctic', score: 2.4 },
      { id: 'npa', score: 1.2 },
      { id: 'nora', score: 0.5 },
    ]
    expect(rankResults(results, new Set(['kolarctic'])).map((r) => r.id)).toEqual([
      'npa',
      'kolarctic',
      'nora',
    ])
    expect(rankResults(results, new Set()).map((r) => r.id)).toEqual(['kolarctic', 'npa', 'nora'])
  })
})

describe('synonyms', () => {
  it('gives a page that says Sápmi the other Sámi words, in both languages, and no others', () => {
    const words = synonymsFor('Interreg Aurora covers northern Sweden, northern Finland and Sápmi.')
    for (const w of ['samisk', 'samiske', 'sámi', 'sami', 'sápmi']) expect(words).toContain(w)
    expect(synonymsFor('The same programme, in the same area.')).toEqual([])
  })
})

describe('page script texts', () => {
  it('fills {name} and leaves unknown names', () => {
    expect(fill('{count} treff for «{query}»', { count: 3, query: 'NPA' })).toBe(
      '3 treff for «NPA»',
    )
    expect(fill('{count} {unknown}', { count: 1 })).toBe('1 {unknown}')
  })
})
