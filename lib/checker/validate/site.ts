/**
 * The pages the site will have, computed from the raw content files and the route table
 * the same way lib/content and lib/site-pages compute them after the build: the home
 * pages, every section page, and one page per document and language (its own text, or
 * the first in the language's fallback order while it has none of its own).
 */
import { LANGS, pickLanguage, type Lang } from '../../i18n/config'
import { homeHref, movedSections, sectionHref } from '../../routes'
import { ALL_SECTIONS, type Section } from '../../sections'
import { documentPath, hasOwnPage } from '../../content/paths'
import type { ContentFile } from './load'

/** Who gives a page its address: a section of the site, or a content file. */
type Claim = { section: Section } | { file: ContentFile }

/** Every page address, with what claims it (more than one claim is a clash). */
export function sitePages(files: ContentFile[]): Map<string, Claim[]> {
  const pages = new Map<string, Claim[]>([['/', []]])
  const claim = (path: string, c?: Claim) => {
    if (!pages.has(path)) pages.set(path, [])
    if (c) pages.get(path)!.push(c)
  }
  for (const lang of LANGS) {
    claim(homeHref(lang))
    // Every section of the route table has a page (lists, the finder, search).
    for (const section of ALL_SECTIONS) claim(sectionHref(lang, section), { section })
    // The old addresses of moved sections stay taken: they redirect.
    for (const { section, from } of movedSections().filter((m) => m.lang === lang))
      claim(from, { section })
  }
  for (const [lang, file] of shownDocuments(files)) {
    if (!hasOwnPage(file.type)) continue // e.g. contacts: entries of the directory, not pages of their own
    claim(documentPath(file.type, lang, file.slug, String(file.data.id)), { file })
  }
  return pages
}

/** For each language, the file each document is shown from there (as lib/content's listOf picks it). */
function shownDocuments(files: ContentFile[]): [Lang, ContentFile][] {
  const groups = new Map<string, ContentFile[]>()
  for (const f of files) {
    const key = `${f.type} ${String(f.data.id)}`
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push(f)
  }
  return LANGS.flatMap((lang) =>
    [...groups.values()].map((same): [Lang, ContentFile] => {
      const shown = pickLanguage(
        lang,
        same.map((f) => f.lang),
      )
      return [lang, same.find((f) => f.lang === shown)!]
    }),
  )
}
