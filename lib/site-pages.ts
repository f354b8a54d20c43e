/**
 * Every page the site has, in every language: the static params of the routes, the
 * sitemap and the crawl tests all come from this one list.
 */
import { vcardHref } from './contacts/files'
import {
  allLocalized,
  getContacts,
  getDocument,
  getDocuments,
  getPage,
  getProgrammes,
  counterparts,
  type Localized,
} from './content'
import { hasOwnPage } from './content/paths'
import { LANGS, type Lang } from './i18n/config'
import { hasCalendar } from './programmes/calendar'
import { ALL_CALENDAR, calendarHref } from './programmes/files'
import {
  allFinderAnswers,
  finderAnswerHref,
  finderAnswerSegments,
  parseFinderAnswer,
  type FinderAnswer,
} from './programmes/finder-answers'
import { allFeeds, feedHref, feedName } from './changes/feeds'
import { homeHref, sectionHref, sectionOf } from './routes'
import {
  ALL_SECTIONS,
  DOCUMENT_SECTIONS,
  isDocumentSection,
  sectionWord,
  typeOfSection,
  type DocumentSection,
  type Section,
} from './sections'
import { sameInEveryLang, type Alternates } from './alternates'

type SitePage = {
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
    for (const section of ALL_SECTIONS)
      pages.push({
        path: sectionHref(lang, section),
        lang,
        alternates: sectionAlternates(section),
        fallback: false,
      })
  }
  for (const doc of documentPages())
    pages.push({
      path: doc.href,
      lang: doc.pageLang,
      alternates: counterparts(doc),
      fallback: doc.fallback,
    })
  return pages
}

/** What a first-level URL segment under a language shows. */
type SectionRoute =
  | { kind: 'section'; section: Section }
  | { kind: 'page'; doc: Localized<Extract<Localized, { type: 'Page' }>> }

export function resolveSectionRoute(lang: Lang, seg: string): SectionRoute | undefined {
  const section = sectionOf(lang, seg)
  if (section) return { kind: 'section', section }
  const doc = getPage(lang, seg)
  return doc ? { kind: 'page', doc } : undefined
}

/** A route's static params with the path of the page or file each makes. */
type Made<P> = { params: P; path: string }

function sectionRoutes(): Made<{ lang: Lang; section: string }>[] {
  return LANGS.flatMap((lang) => [
    ...ALL_SECTIONS.map((s) => ({
      params: { lang, section: sectionWord(s, lang) },
      path: sectionHref(lang, s),
    })),
    ...allLocalized()
      .filter((d) => d.type === 'Page' && d.pageLang === lang)
      .map((d) => ({ params: { lang, section: d.slug }, path: d.href })),
  ])
}

function documentRoutes(): Made<{ lang: Lang; section: string; slug: string }>[] {
  return LANGS.flatMap((lang) => [
    ...DOCUMENT_SECTIONS.flatMap((s) =>
      getDocuments(typeOfSection(s), lang).map((d) => ({
        params: { lang, section: sectionWord(s, lang), slug: d.slug },
        path: d.href,
      })),
    ),
    // The finder's answer for an area alone: /nb/finn-program/telemark/.
    ...finderAnswerRoutes(lang, 1).map(({ params: { theme: _, ...params }, path }) => ({
      params,
      path,
    })),
  ])
}

/** The finder's answer pages with `segments` path segments under the finder (1: an area; 2: a theme). */
function finderAnswerRoutes(
  lang: Lang,
  segments: 1 | 2,
): Made<{ lang: Lang; section: string; slug: string; theme: string }>[] {
  return allFinderAnswers()
    .map((answer) => ({ answer, parts: finderAnswerSegments(lang, answer) }))
    .filter(({ parts }) => parts.length === segments)
    .map(({ answer, parts }) => ({
      params: {
        lang,
        section: sectionWord('finder', lang),
        slug: parts[0],
        theme: parts[1] ?? '',
      },
      path: finderAnswerHref(lang, answer),
    }))
}

/** The finder's answer pages for a theme (alone or in an area): /nb/finn-program/telemark/transport/. */
function finderThemeRoutes(): Made<{ lang: Lang; section: string; slug: string; theme: string }>[] {
  return LANGS.flatMap((lang) => finderAnswerRoutes(lang, 2))
}

/**
 * The calendar files, in each language: every programme's that holds an event, and all of
 * them together when any does. A calendar without an event is not valid (RFC 5545, 3.6).
 */
function calendarRoutes(): Made<{ lang: Lang; file: string }>[] {
  return LANGS.flatMap((lang) => {
    const ids = getProgrammes(lang)
      .filter((p) => hasCalendar(lang, p))
      .map((p) => p.id)
    return [...(ids.length > 0 ? [ALL_CALENDAR] : []), ...ids].map((id) => ({
      params: { lang, file: `${id}.ics` },
      path: calendarHref(lang, id),
    }))
  })
}

/** The Atom feeds of changes, in each language (lib/changes/feeds.ts). */
function feedRoutes(): Made<{ lang: Lang; file: string }>[] {
  return LANGS.flatMap((lang) =>
    allFeeds(lang).map((ref) => ({
      params: { lang, file: `${feedName(ref)}.xml` },
      path: feedHref(lang, ref),
    })),
  )
}

/** The contact cards (vCard), in each language. */
function vcardRoutes(): Made<{ lang: Lang; file: string }>[] {
  return LANGS.flatMap((lang) =>
    getContacts(lang).map((c) => ({
      params: { lang, file: `${c.id}.vcf` },
      path: vcardHref(lang, c.id),
    })),
  )
}

const paramsOf = <P>(routes: Made<P>[]) => routes.map((r) => r.params)

export const sectionParams = () => paramsOf(sectionRoutes())
export const documentParams = () => paramsOf(documentRoutes())
export const finderThemeParams = () => paramsOf(finderThemeRoutes())
export const calendarParams = () => paramsOf(calendarRoutes())
export const vcardParams = () => paramsOf(vcardRoutes())
export const feedParams = () => paramsOf(feedRoutes())

export function resolveDocumentRoute(
  lang: Lang,
  seg: string,
  slug: string,
): { section: DocumentSection; doc: Localized } | undefined {
  const section = sectionOf(lang, seg)
  if (!section || !isDocumentSection(section)) return undefined
  const doc: Localized | undefined = getDocument(typeOfSection(section), lang, slug)
  return doc ? { section, doc } : undefined
}

/** The finder's answer a URL names (/<lang>/<finder>/<region or any-area>/[<theme>/]), if any. */
export function resolveFinderAnswer(
  lang: Lang,
  seg: string,
  regionSegment: string,
  themeSegment?: string,
): FinderAnswer | undefined {
  if (sectionOf(lang, seg) !== 'finder') return undefined
  return parseFinderAnswer(lang, regionSegment, themeSegment)
}

/** Where a finder answer is in each language (the same choice, every language). */
export function finderAnswerAlternates(answer: FinderAnswer): Alternates {
  return sameInEveryLang((l) => finderAnswerHref(l, answer))
}
