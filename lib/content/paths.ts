import { isLang, LANGS, type Lang } from '../i18n/config'
import { documentHref, pageHref, sectionHref } from '../routes'
import { isDocumentSection, sectionOfType } from '../sections'
import type { DocumentTypeName } from './model'

/** content/<folder>/<lang>/<slug>.md → its folder, language and slug. */
export function pathParts(sourceFilePath: string): { folder: string; lang: Lang; slug: string } {
  const parts = sourceFilePath.split(/[\\/]/)
  const [folder, lang, file] = parts.slice(-3)
  if (parts.length < 3 || !isLang(lang) || !file.endsWith('.md')) {
    throw new Error(
      `${sourceFilePath}: the file is not where content goes (expected content/<type>/<${LANGS.join('|')}>/<slug>.md)`,
    )
  }
  return { folder, lang, slug: file.replace(/\.md$/, '') }
}

/**
 * The URL of a document's page in a language, from its type and slug: one pure function
 * shared by lib/content (the site) and the content checker (which runs before the build).
 * A free page sits right under the language; a document of a section whose documents are
 * entries of its page (contacts) is anchored there by id.
 */
export function documentPath(type: DocumentTypeName, lang: Lang, slug: string, id: string): string {
  const section = sectionOfType(type)
  if (!section) return pageHref(lang, slug)
  if (!isDocumentSection(section)) return `${sectionHref(lang, section)}#${id}`
  return documentHref(lang, section, slug)
}

/** Whether a document of this type has a page of its own (free pages and section documents with pages). */
export function hasOwnPage(type: DocumentTypeName): boolean {
  const section = sectionOfType(type)
  return !section || isDocumentSection(section)
}
