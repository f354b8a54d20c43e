/**
 * The search page's judgement, as pure functions (bundled into /js/search.js and unit
 * tested): which matches are real, how to rank current above historical documents, and
 * which indexed words to suggest for a word that finds nothing.
 */
import { distance } from 'fastest-levenshtein'

/** Letters without accents, and æ, ø, å spelled out, for comparing what people type: "næringsliv" ~ "naeringsliv". */
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

/** Lower case without accents, as Pagefind compares words by default: "Sápmi" ~ "sapmi", "nå" ~ "na" (æ and ø stay). */
export function withoutAccents(word: string): string {
  return word.toLocaleLowerCase('nb').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** The words of a query, lower-cased. */
export function queryTerms(query: string): string[] {
  return query.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * Pagefind's last resort: when no indexed word starts with a search term, it matches the
 * longest indexed word that the term starts with, however short ("samisk" → "sa",
 * "agreement" → "a", "deadline" → the "de" of an address). Such a match says nothing
 * about the term. A marked word (or a part of it, for "schleswig-holstein.de") matches
 * the term for real when they share more than half of the term from the start: the
 * term itself, a longer word, or another form of it ("avtalen" → "avtaler").
 */
export function matchesTerm(marked: string, term: string): boolean {
  const t = withoutAccents(term)
  return withoutAccents(marked)
    .split(/[^\p{L}\p{N}]+/u)
    .some((part) => commonStart(part, t) * 2 > t.length)
}

function commonStart(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** The words Pagefind marked in an excerpt (<mark>…</mark>). */
function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1])
}

/**
 * Whether a result really matches the query: a metadata field matched (title, names,
 * keywords), or a marked word matches a term of the query.
 */
export function isRealMatch(
  excerpt: string,
  matchedMetaFields: readonly string[] | undefined,
  terms: readonly string[],
): boolean {
  if (matchedMetaFields && matchedMetaFields.length > 0) return true
  return markedWords(excerpt).some((mark) => terms.some((term) => matchesTerm(mark, term)))
}

/** How much a historical document's score counts against a current one's: the same match ranks the current one first. */
export const HISTORICAL_FACTOR = 0.4

/** Results in rank order, with historical documents' scores scaled down (stable for equal scores). */
export function rankResults<T extends { id: string; score: number }>(
  results: readonly T[],
  historical: ReadonlySet<string>,
): T[] {
  const score = (r: T) => (historical.has(r.id) ? r.score * HISTORICAL_FACTOR : r.score)
  return results
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r)
}

/** How far a word may be from the term to be suggested: one edit for short words, up to three for long ones. */
function maxDistance(term: string): number {
  return term.length <= 4 ? 1 : term.length <= 8 ? 2 : 3
}

/**
 * The indexed words nearest to a term (edit distance after folding), at most `limit`,
 * nearest first and, among equals, the more frequent (earlier in `words`) first.
 * `words` is the build's word list, most frequent first. `slack` allows more edits than
 * maxDistance, for a short list of candidates (the content checker's field names and ids).
 */
export function nearestWords(
  term: string,
  words: readonly string[],
  limit = 3,
  slack = 0,
  // The search skips a word that differs only in case (it is the word typed); the checker
  // suggests it ("Website" → "website").
  sameCaseOnly = false,
): string[] {
  const folded = fold(term)
  const same = (word: string) =>
    sameCaseOnly ? word === term : word.toLocaleLowerCase('nb') === term.toLocaleLowerCase('nb')
  const max = maxDistance(folded) + slack
  const found: { word: string; d: number; i: number }[] = []
  words.forEach((word, i) => {
    if (same(word) || Math.abs(word.length - term.length) > max + 1) return
    const d = distance(folded, fold(word))
    if (d <= max) found.push({ word, d, i })
  })
  return found
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map((f) => f.word)
}

/** Whether the word list knows a term: some word starts with it (Pagefind matches word starts). */
export function isKnown(term: string, words: readonly string[]): boolean {
  return words.some((w) => w.toLocaleLowerCase('nb').startsWith(term))
}

/**
 * Queries to suggest instead of `query`: each term the word list does not know is
 * replaced by a near word. One term unknown: up to `limit` suggestions, one per near
 * word; several: one suggestion with each replaced by its nearest. None when all terms
 * are known or nothing is near.
 */
export function suggestQueries(query: string, words: readonly string[], limit = 3): string[] {
  const terms = queryTerms(query)
  const unknown = terms.filter((t) => !isKnown(t, words))
  if (unknown.length === 0) return []
  const near = new Map(unknown.map((t) => [t, nearestWords(t, words, limit)]))
  if (unknown.length === 1) {
    const [term] = unknown
    return near.get(term)!.map((w) => terms.map((t) => (t === term ? w : t)).join(' '))
  }
  if ([...near.values()].some((ws) => ws.length === 0)) return []
  return [terms.map((t) => near.get(t)?.[0] ?? t).join(' ')]
}
