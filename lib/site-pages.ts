/**
 * Every page the site has, in every language: the static params of the routes, the
 * sitemap and the crawl tests all come from this one list.
 */
import { allLocalized, getCollection, getCollectionDoc, getPage, counterparts, type Localized } from './content'
import { LANGS, type Lang } from './i18n/config'
import { COLLECTIONS, homeHref, isCollection, sectionHref, sectionOf, segment, type Collection, type Section } from './routes'
import type { Alternates } from '@/components/layout/LanguageNav'

/** Sections with a page of their own (not a document): lists, the finder, search. */
export const SECTION_PAGES: Section[] = ['strategies', 'agreements', 'networks', 'programmes', 'counties', 'contacts', 'finder', 'search']

export type SitePage = {
  path: string
  lang: Lang
  /** Alternates per language: where this page is in each language. */
  alternates: Alternates
  /** A fallback page shows another language's text: not indexed, not in the sitemap. */
  fallback: boolean
}

function sameInEveryLang(href: (lang: Lang) => string): Alternates {
  return Object.fromEntries(LANGS.map((l) => [l, { href: href(l), translated: true }])) as Alternates
}

export function homeAlternates(): Alternates {
  return sameInEveryLang(homeHref)
}
export function sectionAlternates(section: Section): Alternates {
  return sameInEveryLang((l) => sectionHref(l, section))
}

/** Documents with a page of their own: collections and free pages (contacts live in the directory). */
function documentPages(): Localized[] {
  return allLocalized().filter((d) => d.type === 'Page' || Object.values(COLLECTIONS).includes(d.type as never))
}

export function allSitePages(): SitePage[] {
  const pages: SitePage[] = []
  for (const lang of LANGS) {
    pages.push({ path: homeHref(lang), lang, alternates: homeAlternates(), fallback: false })
    for (const section of SECTION_PAGES) pages.push({ path: sectionHref(lang, section), lang, alternates: sectionAlternates(section), fallback: false })
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
    ...SECTION_PAGES.map((s) => ({ lang, section: segment(s, lang) })),
    ...allLocalized()
      .filter((d) => d.type === 'Page' && d.pageLang === lang)
      .map((d) => ({ lang, section: d.slug })),
  ])
}

export function documentParams(): { lang: Lang; section: string; slug: string }[] {
  return LANGS.flatMap((lang) =>
    (Object.keys(COLLECTIONS) as Collection[]).flatMap((c) => getCollection(c, lang).map((d) => ({ lang, section: segment(c, lang), slug: d.slug }))),
  )
}

export function resolveDocumentRoute(lang: Lang, seg: string, slug: string): { section: Collection; doc: Localized } | undefined {
  const section = sectionOf(lang, seg)
  if (!section || !isCollection(section)) return undefined
  const doc = getCollectionDoc(section, lang, slug)
  return doc ? { section, doc } : undefined
}
