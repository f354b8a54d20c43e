/**
 * Precise search, as pure functions (bundled into /js/search.js and unit tested).
 *
 * Pagefind stems a search word and then matches every indexed word that STARTS with the
 * stem: "samer" (stem "sam") finds "samfunn" and "samarbeid". Here a result counts only
 * when, for every search word, the page holds that word or an inflection of it: a word
 * with the same stem, by the same Snowball stemmers Pagefind uses (Norwegian for nb and
 * nn, English for en; @orama/stemmers). The one exception is the word being typed: while
 * the reader types, the last word may be the start of a longer word.
 *
 * Ranking: Pagefind's score, then more for a match in the title, the short name or a
 * programme's priorities than in the body, and more for the search words side by side, in
 * order (a phrase: "grønn skipsfart"), than for the same words apart.
 */
import { stemmer as englishStem } from '@orama/stemmers/english'
import { stemmer as norwegianStem } from '@orama/stemmers/norwegian'
import type { Lang } from '@/lib/i18n/config'
import { withoutAccents } from './suggest'

/** The stemmer of each language's index: the one Pagefind picks for its <html lang>. */
const STEMMERS = {
  nb: norwegianStem,
  nn: norwegianStem,
  en: englishStem,
} satisfies Record<Lang, (word: string) => string>

/** The words of a text, lower-cased and without accents, in order. */
export function textWords(text: string): string[] {
  return withoutAccents(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A word's stem in a language (lower-cased, accents folded first, as Pagefind does). */
export function stemOf(lang: Lang, word: string): string {
  return STEMMERS[lang](withoutAccents(word))
}

/** What a result is checked against: its text, and the fields that weigh more than the body. */
export interface ResultText {
  /** The page's indexed text (Pagefind's `content`). */
  content: string
  /** Title, short names and priorities: a match there weighs more (metadata). */
  strong: string
  /** Hidden keywords (synonyms, themes): they count as words of the page. */
  keywords: string
}

/** A result's words as stems: all of them in order, and those of its strong fields. */
export interface ResultStems {
  all: string[]
  strong: string[]
  /** Raw words, for the word being typed (a prefix). */
  words: string[]
}

export function resultStems(lang: Lang, text: ResultText): ResultStems {
  const body = textWords(text.content)
  const strong = textWords(text.strong)
  const keywords = textWords(text.keywords)
  // An empty word between the parts, so no phrase runs from one part into the next.
  const words = [...strong, '', ...body, '', ...keywords]
  return {
    all: words.map((w) => (w ? stemOf(lang, w) : '')),
    strong: strong.map((w) => stemOf(lang, w)),
    words,
  }
}

/**
 * Whether a result holds every search word as a word or an inflection of it. With
 * `typing`, the last word may also be the start of a word of the page.
 */
export function holdsTerms(
  lang: Lang,
  stems: ResultStems,
  terms: readonly string[],
  typing = false,
): boolean {
  const all = new Set(stems.all)
  return terms.every((term, i) => {
    if (all.has(stemOf(lang, term))) return true
    if (!typing || i !== terms.length - 1) return false
    const start = withoutAccents(term)
    return stems.words.some((w) => w.startsWith(start))
  })
}

/** Whether `stems` holds `phrase` (two or more stems) side by side, in order. */
export function holdsPhrase(stems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length < 2) return false
  for (let i = 0; i + phrase.length <= stems.length; i++)
    if (phrase.every((p, j) => stems[i + j] === p)) return true
  return false
}

/** How much each kind of match multiplies Pagefind's score. */
export const BOOST = {
  /** Every search word is in the title, a short name or a priority. */
  strongWords: 2,
  /** The search words as a phrase in the body. */
  phrase: 3,
  /** The search words as a phrase in the title, a short name or a priority. */
  strongPhrase: 6,
} as const

/** The score of a result that holds the terms: Pagefind's, times the boosts it earns. */
export function preciseScore(
  lang: Lang,
  score: number,
  stems: ResultStems,
  terms: readonly string[],
): number {
  const wanted = terms.map((t) => stemOf(lang, t))
  const strong = new Set(stems.strong)
  let factor = 1
  if (wanted.length > 0 && wanted.every((w) => strong.has(w))) factor *= BOOST.strongWords
  if (holdsPhrase(stems.strong, wanted)) factor *= BOOST.strongPhrase
  else if (holdsPhrase(stems.all, wanted)) factor *= BOOST.phrase
  return score * factor
}

/**
 * Pagefind marks the words it matched in an excerpt, prefix matches too ("samer" marks
 * "samarbeid"). Keeps the marks of words that hold a search word (the same stem, or the
 * start of the word being typed) and takes the others off.
 */
export function remark(
  lang: Lang,
  excerpt: string,
  terms: readonly string[],
  typing = false,
): string {
  const stems = new Set(terms.map((t) => stemOf(lang, t)))
  const typed = typing && terms.length > 0 ? withoutAccents(terms[terms.length - 1]) : undefined
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, marked: string) => {
    const words = textWords(marked)
    const holds = words.some(
      (w) => stems.has(stemOf(lang, w)) || (typed !== undefined && w.startsWith(typed)),
    )
    return holds ? whole : marked
  })
}
