import { isLang, LANGS, type Lang } from '../i18n/config'
import { COLLECTIONS, documentHref, pageHref, sectionHref, type Collection } from '../routes'
import type { DocumentTypeName } from './model'

/** content/<folder>/<lang>/<slug>.md → its folder, language and slug. */
export function pathParts(sourceFilePath: string): { folder: string; lang: Lang; slug: string } {
  const parts = sourceFilePath.split(/[\\/]/)
  const [folder, lang, file] = parts.slice(-3)
  if (parts.length < 3 || !isLang(lang) || !file.endsWith('.md')) {
    throw new Error(`${sourceFilePath}: the file is not where content goes (expected content/<type>/<${LANGS.join('|')}>/<slug>.md)`)
  }
  return { folder, lang, slug: file.replace(/\.md$/, '') }
}

const SECTION_OF_TYPE = Object.fromEntries(Object.entries(COLLECTIONS).map(([s, t]) => [t, s])) as Record<string, Collection>

/**
 * The URL of a document's page in a language, from its type and slug: one pure function
 * shared by lib/content (the site) and the content checker (which runs before the build).
 * Contacts have no page of their own: they sit in the directory, anchored by id.
 */
export function documentPath(type: DocumentTypeName, lang: Lang, slug: string, id: string): string {
  if (type === 'Page') return pageHref(lang, slug)
  if (type === 'Contact') return `${sectionHref(lang, 'contacts')}#${id}`
  return documentHref(lang, SECTION_OF_TYPE[type], slug)
}
