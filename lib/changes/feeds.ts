/**
 * The Atom feeds of changes, per language: all changes, one per section whose documents a
 * reader follows (programmes, agreements, strategies) and one per county council. Written
 * by a route handler at build time (app/[lang]/feed/[file]/route.ts) as /<lang>/feed/<name>.xml;
 * every page names its feeds in <head> and links them where it shows changes.
 */
import { allLocalized, getCountyById, getCounties, lastUpdated, type Localized } from '../content'
import { siteChanges, type SiteChange } from '../content/changes'
import { getT, type Lang } from '../i18n'
import { sectionHref } from '../routes'
import { sectionOfType, typeOfSection, type ListSection, type Section } from '../sections'
import { absoluteUrl, PUBLISHER, SITE_URL } from '../site'
import { atomFeed } from './atom'

/** The sections with a feed of their own. */
export const FEED_SECTIONS = [
  'programmes',
  'agreements',
  'strategies',
] as const satisfies readonly ListSection[]
export type FeedSection = (typeof FEED_SECTIONS)[number]

/** Which changes a feed holds. */
export type FeedRef =
  { kind: 'all' } | { kind: 'section'; section: FeedSection } | { kind: 'county'; county: string }

const COUNTY_PREFIX = 'county-'

/** The feed's file name without extension: "all", "programmes", "county-nordland" (the same in every language). */
export function feedName(ref: FeedRef): string {
  return ref.kind === 'all'
    ? 'all'
    : ref.kind === 'section'
      ? ref.section
      : COUNTY_PREFIX + ref.county
}

export function feedHref(lang: Lang, ref: FeedRef): string {
  return `/${lang}/feed/${feedName(ref)}.xml`
}

/** "programmes.xml" → the programmes feed; undefined for a name that is no feed. */
export function feedOfFile(lang: Lang, file: string): FeedRef | undefined {
  if (!file.endsWith('.xml')) return undefined
  const name = file.slice(0, -'.xml'.length)
  return allFeeds(lang).find((ref) => feedName(ref) === name)
}

/** Every feed of a language. */
export function allFeeds(lang: Lang): FeedRef[] {
  return [
    { kind: 'all' },
    ...FEED_SECTIONS.map((section) => ({ kind: 'section', section }) as const),
    ...getCounties(lang).map((c) => ({ kind: 'county', county: c.id }) as const),
  ]
}

function isFeedSection(section: ListSection | undefined): section is FeedSection {
  return (FEED_SECTIONS as readonly string[]).includes(section ?? '')
}

/** The feeds of a document's page: all changes, its section's, and its county councils'. */
export function feedsOfDocument(doc: Localized, counties: readonly string[]): FeedRef[] {
  const section = sectionOfType(doc.type)
  return [
    { kind: 'all' },
    ...(isFeedSection(section) ? [{ kind: 'section', section } as const] : []),
    ...counties
      .filter((id) => getCountyById(doc.pageLang, id))
      .map((county) => ({ kind: 'county', county }) as const),
  ]
}

/**
 * The feeds of a section's page: all changes, and the section's own where it has one;
 * What's new names every section's feed too.
 */
export function feedsOfSection(section: Section): FeedRef[] {
  if (section === 'changes')
    return [
      { kind: 'all' },
      ...FEED_SECTIONS.map((s) => ({ kind: 'section', section: s }) as const),
    ]
  return [
    { kind: 'all' },
    ...(isFeedSection(section as ListSection)
      ? [{ kind: 'section', section: section as FeedSection } as const]
      : []),
  ]
}

/** The feeds as <head> names them: address and title. */
export function feedLinks(lang: Lang, refs: readonly FeedRef[]): { href: string; title: string }[] {
  return refs.map((ref) => ({ href: feedHref(lang, ref), title: feedTitle(lang, ref) }))
}

/**
 * The feed's name as a reader sees it: "Alle endringer", "Programmer: endringer",
 * "Nordland fylkeskommune: endringer" (never the bare name of a section or county council,
 * which on the same page links to its page).
 */
export function feedLabel(lang: Lang, ref: FeedRef): string {
  const t = getT(lang)
  if (ref.kind === 'all') return t('changes:allChanges')
  const name =
    ref.kind === 'section'
      ? t(`nav.${ref.section}`)
      : (getCountyById(lang, ref.county)?.title ?? ref.county)
  return t('changes:feedOf', { name })
}

/** The feed's title in a reader's list of feeds: what it follows, on which site. */
export function feedTitle(lang: Lang, ref: FeedRef): string {
  return `${feedLabel(lang, ref)} – ${getT(lang)('site.name')}`
}

/** The changes a feed holds, newest first. */
export function changesInFeed(lang: Lang, ref: FeedRef): SiteChange[] {
  const all = siteChanges(lang)
  if (ref.kind === 'all') return all
  if (ref.kind === 'section') {
    const type = typeOfSection(ref.section)
    return all.filter((c) => c.doc.type === type)
  }
  return all.filter((c) => c.counties.includes(ref.county))
}

/** The page that lists what a feed holds: the section's, the county council's, or What's new. */
function pageOfFeed(lang: Lang, ref: FeedRef): string {
  if (ref.kind === 'section') return sectionHref(lang, ref.section)
  if (ref.kind === 'county')
    return getCountyById(lang, ref.county)?.href ?? sectionHref(lang, 'changes')
  return sectionHref(lang, 'changes')
}

/** The feed as Atom XML. */
export function renderFeed(lang: Lang, ref: FeedRef): string {
  const t = getT(lang)
  const site = t('site.name')
  return atomFeed({
    lang,
    siteUrl: SITE_URL,
    name: feedName(ref),
    title: feedTitle(lang, ref),
    description: t('changes:feedDescription', { site }),
    selfUrl: absoluteUrl(feedHref(lang, ref)),
    pageUrl: absoluteUrl(pageOfFeed(lang, ref)),
    author: PUBLISHER.name ?? site,
    changes: changesInFeed(lang, ref),
    // A feed without entries is as new as the newest document of the site.
    emptyUpdated: allLocalized()
      .map(lastUpdated)
      .reduce((a, b) => (a > b ? a : b)),
  })
}
