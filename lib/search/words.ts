/**
 * The words search can find, per language, for "did you mean", as the site writes them
 * ("Kolarctic", "næringsliv": each word in the form the text writes it most often): every word of the text
 * of the documents indexed in that language (their fields and Markdown, without links'
 * addresses) plus their search names and keywords, the most frequent first. Written at
 * build time to /<lang>/search-words.json (app/[lang]/search-words.json/route.ts) and
 * fetched by the search page only when a search finds little.
 *
 * It is close to, not the same as, Pagefind's index (which also holds interface text
 * such as field labels): the search page offers a suggestion only after Pagefind has
 * confirmed that it finds something.
 */
import { allLocalized, type Localized } from '@/lib/content'
import { hasOwnPage } from '@/lib/content/paths'
import type { Lang } from '@/lib/i18n'
import { documentSearchTerms } from './document-terms'
import { wordsOf } from './synonyms'

/** Shorter words are not suggested: a two-letter word is more often noise than a fix. */
const MIN_WORD_LENGTH = 3

/** Fields that hold no text a reader sees. */
const SKIP_KEYS = new Set([
  'id',
  'slug',
  'type',
  'lang',
  'pageLang',
  'href',
  'url',
  'email',
  'phone',
  'statusSource',
  'prioritiesSource',
  'website',
  'html',
  'updated',
  'checked',
])
const ADDRESS = /\b(?:https?:\/\/|mailto:|www\.)\S+|\S+@\S+/g
const MARKDOWN_LINK_TARGET = /\]\([^)]*\)/g

/** Every string a document holds for readers, from nested fields too. */
function texts(value: unknown, key = ''): string[] {
  if (key.startsWith('_') || SKIP_KEYS.has(key)) return []
  if (typeof value === 'string')
    return [value.replace(MARKDOWN_LINK_TARGET, ']').replace(ADDRESS, ' ')]
  if (Array.isArray(value)) return value.flatMap((v) => texts(v))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, k))
  return []
}

/** The documents indexed in a language: those with a page of their own, fallback pages too. */
function indexedDocuments(lang: Lang): Localized[] {
  return allLocalized().filter((d) => d.pageLang === lang && hasOwnPage(d.type))
}

/**
 * Letters and digits as written (case kept): the words of a text, each with whether it
 * starts a sentence (or the text), where any word may be written with a capital.
 */
function writtenWords(text: string): { written: string; initial: boolean }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    written: m[0],
    initial: /(^|[.!?:]\s*|\n\s*|#\s*)$/u.test(text.slice(Math.max(0, m.index - 4), m.index)),
  }))
}

/** The distinct words of the documents indexed in a language, most frequent first (ties alphabetical). */
export function searchWords(lang: Lang): string[] {
  const counts = new Map<string, number>()
  const forms = new Map<string, Map<string, number>>()
  for (const doc of indexedDocuments(lang)) {
    const { names, keywords } = documentSearchTerms(doc)
    // Names and keywords are lists of labels ("Næringsliv" as a theme): every word there may be capitalised.
    const sources = [...texts(doc).map((text) => ({ text, list: false }))]
    sources.push({ text: names, list: true }, { text: keywords, list: true })
    for (const { text, list } of sources) {
      for (const { written, initial: first } of writtenWords(text)) {
        const initial = first || list
        const [word] = wordsOf(written)
        if (word.length < MIN_WORD_LENGTH || /^\d+$/.test(word)) continue
        counts.set(word, (counts.get(word) ?? 0) + 1)
        // A capital at the start of a sentence says nothing of how the word is written:
        // such a form counts only for a word never written elsewhere.
        const seen = forms.get(word) ?? new Map<string, number>()
        seen.set(written, (seen.get(written) ?? 0) + (initial ? 0.001 : 1))
        forms.set(word, seen)
      }
    }
  }
  // The most frequent form; on a tie, lower case (which sorts first).
  const writtenForm = (word: string) =>
    [...forms.get(word)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang))[0][0]
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang))
    .map(([word]) => writtenForm(word))
}
