/**
 * Every page the site has, in every language: the static params of the routes, the
 * sitemap and the crawl tests all come from this one list.
 */
import { allLocalized, getDocument, getDocuments, getPage, counterparts, type Localized } from './content'
import { hasOwnPage } from './content/paths'
import { LANGS, type Lang } from './i18n/config'
import { homeHref, sectionHref, sectionOf } from './routes'
import { ALL_SECTIONS, DOCUMENT_SECTIONS, isDocumentSection, sectionWord, typeOfSection, type DocumentSection, type Section } from './sections'
import { sameInEveryLang, type Alternates } from './alternates'

export type SitePage = {
  path: string
  lang: Lang
  /** Alternates per language: where this page is in each language. */
  alternates: Alternates
  /** A fallback page shows another language's text: not indexed, not in the sitemap. */
  fallback: boolean
}

export function homeAlternates(): Alternates {
  return sameInEveryLang(homeHref)
}
export function sectionAlternates(section: Section): Alternates {
  return sameInEveryLang((l) => sectionHref(l, section))
}

/** Documents with a page of their own: those of document sections, and free pages (contacts live in the directory). */
function documentPages(): Localized[] {
  return allLocalized().filter((d) => hasOwnPage(d.type))
}

export function allSitePages(): SitePage[] {
  const pages: SitePage[] = []
  for (const lang of LANGS) {
    pages.push({ path: homeHref(lang), lang, alternates: homeAlternates(), fallback: false })
    for (const section of ALL_SECTIONS) pages.push({ path: sectionHref(lang, section), lang, alternates: sectionAlternates(section), fallback: false })
  }
  for (const doc of documentPages()) pages.push({ path: doc.href, lang: doc.pageLang, alternates: counterparts(doc), fallback: doc.fallback })
  return pages
}

/** What a first-level URL segment under a language shows. */
export type SectionRoute = { kind: 'section'; section: Section } | { kind: 'page'; doc: Localized<Extract<Localized, { type: 'Page' }>> }

export function resolveSectionRoute(lang: Lang, seg: string): SectionRoute | undefined {
  const section = sectionOf(lang, seg)
  if (section) return { kind: 'section', section }
  const doc = getPage(lang, seg)
  return doc ? { kind: 'page', doc } : undefined
}

export function sectionParams(): { lang: Lang; section: string }[] {
  return LANGS.flatMap((lang) => [
    ...ALL_SECTIONS.map((s) => ({ lang, section: sectionWord(s, lang) })),
    ...allLocalized()
      .filter((d) => d.type === 'Page' && d.pageLang === lang)
      .map((d) => ({ lang, section: d.slug })),
  ])
}

export function documentParams(): { lang: Lang; section: string; slug: string }[] {
  return LANGS.flatMap((lang) => DOCUMENT_SECTIONS.flatMap((s) => getDocuments(typeOfSection(s), lang).map((d) => ({ lang, section: sectionWord(s, lang), slug: d.slug }))))
}

export function resolveDocumentRoute(lang: Lang, seg: string, slug: string): { section: DocumentSection; doc: Localized } | undefined {
  const section = sectionOf(lang, seg)
  if (!section || !isDocumentSection(section)) return undefined
  const doc: Localized | undefined = getDocument(typeOfSection(section), lang, slug)
  return doc ? { section, doc } : undefined
}
