/**
 * The words search can find, per language, for "did you mean", as the site writes them
 * ("Kolarctic", "næringsliv": a word the text writes in lower case anywhere is given so,
 * any other in its most frequent form): every word of the text
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
export const MIN_WORD_LENGTH = 3

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

/** Letters and digits as written (case kept): the words of a text. */
const writtenWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? []

/** The distinct words of the documents indexed in a language, most frequent first (ties alphabetical). */
export function searchWords(lang: Lang): string[] {
  const counts = new Map<string, number>()
  const forms = new Map<string, Map<string, number>>()
  for (const doc of indexedDocuments(lang)) {
    const { names, keywords } = documentSearchTerms(doc)
    for (const written of writtenWords([...texts(doc), names, keywords].join(' '))) {
      const [word] = wordsOf(written)
      if (word.length < MIN_WORD_LENGTH || /^\d+$/.test(word)) continue
      counts.set(word, (counts.get(word) ?? 0) + 1)
      const seen = forms.get(word) ?? new Map<string, number>()
      seen.set(written, (seen.get(written) ?? 0) + 1)
      forms.set(word, seen)
    }
  }
  const writtenForm = (word: string) => {
    const seen = forms.get(word)!
    if (seen.has(word)) return word
    return [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang))[0][0]
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang))
    .map(([word]) => writtenForm(word))
}
