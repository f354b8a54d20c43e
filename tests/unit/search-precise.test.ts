import { describe, expect, it } from 'vitest'
import {
  holdsPhrase,
  holdsTerms,
  preciseScore,
  remark,
  resultStems,
  stemOf,
} from '../../lib/search/precise'

/** A result as the search page sees it: its text, its title/names/priorities, its keywords. */
const result = (content: string, strong = '', keywords = '') =>
  resultStems('nb', { content, strong, keywords })

describe('a search word matches the word and its inflections, not a word it starts', () => {
  it('"samer" matches samer and samene, not samfunn or samarbeid', () => {
    expect(holdsTerms('nb', result('Samene i Sápmi'), ['samer'])).toBe(true)
    expect(holdsTerms('nb', result('samer og reindrift'), ['samer'])).toBe(true)
    expect(holdsTerms('nb', result('Et tryggere samfunn'), ['samer'])).toBe(false)
    expect(holdsTerms('nb', result('Samarbeid over grensen'), ['samer'])).toBe(false)
  })

  it('"avtale" matches avtaler and avtalen (the Norwegian stemmer)', () => {
    expect(holdsTerms('nb', result('Avtalen ble signert'), ['avtale'])).toBe(true)
    expect(holdsTerms('nb', result('to avtaler'), ['avtale'])).toBe(true)
    expect(holdsTerms('nb', result('samarbeidsavtale'), ['avtale'])).toBe(false)
  })

  it('the word being typed (the last, while typing) may be the start of a word', () => {
    expect(holdsTerms('nb', result('Et tryggere samfunn'), ['samf'], true)).toBe(true)
    expect(holdsTerms('nb', result('Et tryggere samfunn'), ['samf'], false)).toBe(false)
    // Only the last word: an earlier one must be whole.
    expect(holdsTerms('nb', result('grønt samfunn'), ['grø', 'samfunn'], true)).toBe(false)
  })

  it('every word must be there, in the text, the title or the keywords', () => {
    const r = result('Grønn omstilling', 'Interreg Aurora', 'samisk sápmi')
    expect(holdsTerms('nb', r, ['samisk', 'aurora'])).toBe(true)
    expect(holdsTerms('nb', r, ['sapmi'])).toBe(true)
    expect(holdsTerms('nb', r, ['samisk', 'kolarctic'])).toBe(false)
  })

  it('English pages use the English stemmer', () => {
    expect(stemOf('en', 'strategies')).toBe(stemOf('en', 'strategy'))
    const r = resultStems('en', { content: 'Two agreements', strong: '', keywords: '' })
    expect(holdsTerms('en', r, ['agreement'])).toBe(true)
  })
})

describe('ranking', () => {
  it('a phrase is the words side by side, in order, in any inflection', () => {
    const stems = result('Grønne omstillingen er viktig').all
    expect(
      holdsPhrase(
        stems,
        ['grønn', 'omstilling'].map((w) => stemOf('nb', w)),
      ),
    ).toBe(true)
    expect(
      holdsPhrase(
        stems,
        ['omstilling', 'grønn'].map((w) => stemOf('nb', w)),
      ),
    ).toBe(false)
  })

  it('"grønn omstilling": a priority holding the phrase ranks above the words apart in the body', () => {
    const terms = ['grønn', 'omstilling']
    const priority = result('Programmet støtter prosjekter.', 'Grønn omstilling')
    const apart = result('En grønn region. Omstilling tar tid.')
    const phraseInBody = result('Arbeid for grønn omstilling i regionen.')
    const scores = [priority, phraseInBody, apart].map((r) => preciseScore('nb', 1, r, terms))
    expect(scores[0]).toBeGreaterThan(scores[1])
    expect(scores[1]).toBeGreaterThan(scores[2])
    // Even when Pagefind scored the page with the words apart twice as high.
    expect(preciseScore('nb', 1, priority, terms)).toBeGreaterThan(
      preciseScore('nb', 2, apart, terms),
    )
  })

  it('no phrase runs from the title into the body', () => {
    const r = result('omstilling i regionen', 'Nordens grønne belte')
    expect(
      holdsPhrase(
        r.all,
        ['belt', 'omstilling'].map((w) => stemOf('nb', w)),
      ),
    ).toBe(false)
    expect(holdsPhrase(r.all, [stemOf('nb', 'grønn'), stemOf('nb', 'omstilling')])).toBe(false)
  })
})

describe("the excerpt's marks", () => {
  it('stay on the search word and its inflections and come off prefix matches', () => {
    const excerpt = 'Samisk <mark>samarbeid</mark> for <mark>samene</mark> og <mark>samer</mark>.'
    expect(remark('nb', excerpt, ['samer'])).toBe(
      'Samisk samarbeid for <mark>samene</mark> og <mark>samer</mark>.',
    )
  })

  it('stay on the start of the word being typed', () => {
    expect(remark('nb', 'Et <mark>samfunn</mark>', ['samf'], true)).toBe('Et <mark>samfunn</mark>')
    expect(remark('nb', 'Et <mark>samfunn</mark>', ['samf'])).toBe('Et samfunn')
  })
})
