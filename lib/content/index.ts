/**
 * The one door to content. Only this folder imports the data Contentlayer generates;
 * pages ask typed questions: getStrategies(lang), getDocument('Programme', lang, slug), …
 *
 * Every answer is "localized": a document in the page's language, or, when it has no
 * text in that language yet, the first text in the language's fallback order
 * (fallbackOrder in lib/i18n/config.ts: the default language, then the others) marked
 * as a fallback (the page then shows a notice and sets `lang` on the content).
 */
import { allDocuments, type DocumentTypes } from 'contentlayer/generated'
import type { Alternates } from '../alternates'
import { LANGS, pickLanguage, type Lang } from '../i18n/config'
import { isoDay } from '../i18n/format'
import { takesApplications } from '../programmes/applications'
import { lastUpdatedDay } from './history'
import { documentPath } from './paths'
import { formatProblem } from './problems'
import { referenceProblems } from './references'
import { strategyToShow } from './status'

export type {
  Agreement,
  Contact,
  County,
  Network,
  Page,
  Programme,
  Strategy,
} from 'contentlayer/generated'

type AnyDoc = DocumentTypes
type TypeName = AnyDoc['type']
/** The document type named T, e.g. DocOf<'Agreement'>. */
export type DocOf<T extends TypeName> = Extract<AnyDoc, { type: T }>

export type Localized<T extends AnyDoc = AnyDoc> = T & {
  /** The language the text is written in (pageLang, unless this is a fallback). */
  lang: Lang
  /** The language of the page that shows it. */
  pageLang: Lang
  /** True when the text is in another language, because there is none in pageLang yet. */
  fallback: boolean
  /** The URL of the document's page in pageLang. */
  href: string
}

// Fail the build, naming file and field, if a reference points nowhere.
const problems = referenceProblems(
  allDocuments.map((d) => ({
    type: d.type,
    file: d._raw.sourceFilePath,
    data: d as unknown as Record<string, unknown>,
  })),
)
if (problems.length > 0) {
  throw new Error(
    `Content has unknown references:\n${problems.map((p) => formatProblem(p)).join('\n')}`,
  )
}

/** The URL of a document shown in a language (the slug is that of the text shown). */
function hrefOf(doc: AnyDoc, lang: Lang): string {
  return documentPath(doc.type, lang, doc.slug, doc.id)
}

function localize<T extends AnyDoc>(doc: T, pageLang: Lang): Localized<T> {
  // The path gives every file a language of config.ts (lib/content/paths.ts): the one cast.
  return {
    ...doc,
    lang: doc.lang as Lang,
    pageLang,
    fallback: doc.lang !== pageLang,
    href: hrefOf(doc, pageLang),
  }
}

function byTitle(a: { title: string }, b: { title: string }, lang: Lang) {
  return a.title.localeCompare(b.title, lang)
}

type Index<T extends TypeName> = {
  list: readonly Localized<DocOf<T>>[]
  byId: ReadonlyMap<string, Localized<DocOf<T>>>
  bySlug: ReadonlyMap<string, Localized<DocOf<T>>>
}

// Built once per type and language: pages ask many questions, and a lookup that scanned
// every document each time made the build grow with the square of the content.
const indexes = new Map<string, Index<TypeName>>()

/** All documents of a type, for a language, sorted by title, with lookups by id and slug. */
function indexOf<T extends TypeName>(type: T, lang: Lang): Index<T> {
  const key = `${type}/${lang}`
  const cached = indexes.get(key)
  if (cached) return cached as unknown as Index<T>
  // Per id: the text in this language, or else the first in its fallback order.
  const texts = new Map<string, Map<Lang, DocOf<T>>>()
  for (const d of allDocuments) {
    if (d.type !== type) continue
    const doc = d as DocOf<T>
    if (!texts.has(doc.id)) texts.set(doc.id, new Map())
    texts.get(doc.id)!.set(doc.lang as Lang, doc)
  }
  const chosen = [...texts.values()].map((byLang) =>
    byLang.get(pickLanguage(lang, byLang.keys())!)!,
  )
  const list = Object.freeze(
    chosen.map((d) => localize(d, lang)).sort((a, b) => byTitle(a, b, lang)),
  )
  const index: Index<T> = {
    list,
    byId: new Map(list.map((d) => [d.id, d])),
    // Reversed, so that the first in title order wins, as a search from the start would find.
    bySlug: new Map(list.map((d) => [d.slug, d] as const).reverse()),
  }
  indexes.set(key, index as unknown as Index<TypeName>)
  return index
}

/** All documents of a type, for a language: its own text, or a fallback (see indexOf). */
function listOf<T extends TypeName>(type: T, lang: Lang): Localized<DocOf<T>>[] {
  return [...indexOf(type, lang).list]
}

function bySlug<T extends TypeName>(type: T, lang: Lang, slug: string) {
  return indexOf(type, lang).bySlug.get(slug)
}
function byId<T extends TypeName>(type: T, lang: Lang, id: string) {
  return indexOf(type, lang).byId.get(id)
}
function byIds<T extends TypeName>(type: T, lang: Lang, ids: readonly string[] | undefined) {
  return (ids ?? [])
    .map((id) => byId(type, lang, id))
    .filter((d): d is Localized<DocOf<T>> => d !== undefined)
}

export const getCounties = (lang: Lang) => listOf('County', lang)
export const getCountyById = (lang: Lang, id: string) => byId('County', lang, id)
export const getCountiesByIds = (lang: Lang, ids: readonly string[] | undefined) =>
  byIds('County', lang, ids)

export const getStrategies = (lang: Lang) => listOf('Strategy', lang)

export const getAgreements = (lang: Lang) => listOf('Agreement', lang)
export const getAgreementsByIds = (lang: Lang, ids: readonly string[] | undefined) =>
  byIds('Agreement', lang, ids)

export const getNetworks = (lang: Lang) => listOf('Network', lang)
export const getNetworkById = (lang: Lang, id: string) => byId('Network', lang, id)
export const getNetworksByIds = (lang: Lang, ids: readonly string[] | undefined) =>
  byIds('Network', lang, ids)

export const getProgrammes = (lang: Lang) => listOf('Programme', lang)
export const getProgrammesByIds = (lang: Lang, ids: readonly string[] | undefined) =>
  byIds('Programme', lang, ids)

export const getContacts = (lang: Lang) => listOf('Contact', lang)
export const getContactsByIds = (lang: Lang, ids: readonly string[] | undefined) =>
  byIds('Contact', lang, ids)

export const getPages = (lang: Lang) => listOf('Page', lang)
export const getPage = (lang: Lang, slug: string) => bySlug('Page', lang, slug)
export const getPageById = (lang: Lang, id: string) => byId('Page', lang, id)

/** All documents of a type for a language, by title: what a list or route asks by type name. */
export function getDocuments<T extends TypeName>(type: T, lang: Lang): Localized<DocOf<T>>[] {
  return listOf(type, lang) as Localized<DocOf<T>>[]
}

/** One document of a type by its slug in a language. */
export function getDocument<T extends TypeName>(
  type: T,
  lang: Lang,
  slug: string,
): Localized<DocOf<T>> | undefined {
  return bySlug(type, lang, slug) as Localized<DocOf<T>> | undefined
}

/**
 * Where the same document is in each language: a real translation, or a fallback page.
 * `translated` is false for a fallback, so hreflang can leave it out.
 */
export function counterparts(doc: AnyDoc): Alternates {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const found = byId(doc.type, lang, doc.id)!
      return [lang, { href: found.href, translated: !found.fallback }]
    }),
  ) as Alternates
}

/** Every document in every language, as the pages that show it (real and fallback). */
export function allLocalized(): Localized[] {
  const types = [...new Set(allDocuments.map((d) => d.type))]
  return LANGS.flatMap((lang) => types.flatMap((type) => listOf(type, lang) as Localized[]))
}

// ---- Questions that join documents ----

export function strategiesOfCounty(lang: Lang, countyId: string) {
  return getStrategies(lang).filter((s) => s.county === countyId)
}
export function agreementsOfCounty(lang: Lang, countyId: string) {
  return listOf('Agreement', lang).filter((a) => a.counties.includes(countyId))
}
export function networksOfCounty(lang: Lang, countyId: string) {
  return getNetworks(lang).filter((n) => n.members.some((m) => m.county === countyId))
}
/**
 * The programmes a county takes part in: those whose area includes one of the county's
 * regions, each with the county council's own roles in it (from the programme's counties).
 */
export function programmesOfCounty(lang: Lang, countyId: string) {
  const county = byId('County', lang, countyId)
  if (!county) return []
  return getProgrammes(lang)
    .filter(
      (p) =>
        p.regions.some((r) => county.regions.includes(r)) ||
        (p.counties ?? []).some((c) => c.county === countyId),
    )
    .map((programme) => ({
      programme,
      regions: programme.regions.filter((r) => county.regions.includes(r)),
      roles: (programme.counties ?? []).filter((c) => c.county === countyId),
    }))
}

/**
 * A county's programmes, split by the one rule of lib/programmes/applications.ts: those
 * organisations in the county can apply to (the "can apply" list), and those that take no
 * applications (closed or discontinued), which a page names apart, never as offered.
 */
export function countyProgrammeLists(lang: Lang, countyId: string) {
  const all = programmesOfCounty(lang, countyId)
  return {
    canApply: all.filter((i) => takesApplications(i.programme.status)),
    notTakingApplications: all.filter((i) => !takesApplications(i.programme.status)),
  }
}

/**
 * A county's international contacts, the one to ask first first: an office before a
 * person, and one with e-mail or phone before one without.
 */
export function contactsOfCounty(lang: Lang, countyId: string) {
  const reach = (c: DocOf<'Contact'>) =>
    (c.kind === 'office' ? 0 : 2) + (c.email || c.phone ? 0 : 1)
  return getContacts(lang)
    .filter((c) => c.county === countyId)
    .sort((a, b) => reach(a) - reach(b))
}

/** The strategy a county's page shows, and its status (see strategyToShow). */
export function strategyOfCounty(lang: Lang, countyId: string, today?: Date) {
  const county = byId('County', lang, countyId)
  return strategyToShow(strategiesOfCounty(lang, countyId), county?.dissolved, today)
}

export { strategyStatus, strategyToShow, type StrategyStatus } from './status'

/**
 * The day a document last changed (YYYY-MM-DD): its file's last commit, or, where there is
 * no history (a copy without .git), the document's own `updated` date; never the build day.
 */
export function lastUpdated(doc: AnyDoc): string {
  return lastUpdatedDay(doc._raw.sourceFilePath, isoDay(doc.updated))
}
