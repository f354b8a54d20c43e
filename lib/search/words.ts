/**
 * The words search can find, per language, for "did you mean": every word of the text
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

/** The documents indexed in a language: those with a page of their own, in their own text. */
function indexedDocuments(lang: Lang): Localized[] {
  return allLocalized().filter((d) => d.pageLang === lang && hasOwnPage(d.type) && !d.fallback)
}

/** The distinct words of the documents indexed in a language, most frequent first (ties alphabetical). */
export function searchWords(lang: Lang): string[] {
  const counts = new Map<string, number>()
  for (const doc of indexedDocuments(lang)) {
    const { names, keywords } = documentSearchTerms(doc)
    for (const word of wordsOf([...texts(doc), names, keywords].join(' '))) {
      if (word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word))
        counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang))
    .map(([word]) => word)
}
