/**
 * The route table: every URL segment of the site, per language, in one place.
 * Pages, links, the sitemap and the language navigation all build URLs from here.
 */
import { LANGS, type Lang } from './i18n/config'

export const SECTIONS = {
  strategies: { nb: 'strategier', nn: 'strategiar', en: 'strategies' },
  agreements: { nb: 'avtaler', nn: 'avtalar', en: 'agreements' },
  networks: { nb: 'nettverk', nn: 'nettverk', en: 'networks' },
  programmes: { nb: 'program', nn: 'program', en: 'programmes' },
  counties: { nb: 'fylker', nn: 'fylkeskommunar', en: 'counties' },
  contacts: { nb: 'kontakter', nn: 'kontaktar', en: 'contacts' },
  finder: { nb: 'finn-program', nn: 'finn-program', en: 'find-a-programme' },
  search: { nb: 'sok', nn: 'sok', en: 'search' },
} as const satisfies Record<string, Record<Lang, string>>

export type Section = keyof typeof SECTIONS

/** Sections that list documents of one type, each document on a page of its own. */
export const COLLECTIONS = {
  strategies: 'Strategy',
  agreements: 'Agreement',
  networks: 'Network',
  programmes: 'Programme',
  counties: 'County',
} as const
export type Collection = keyof typeof COLLECTIONS
export type CollectionType = (typeof COLLECTIONS)[Collection]

export function isCollection(section: Section): section is Collection {
  return section in COLLECTIONS
}

/** The segment of a section in a language, e.g. ('agreements', 'nb') → 'avtaler'. */
export function segment(section: Section, lang: Lang): string {
  return SECTIONS[section][lang]
}

/** Which section a URL segment names in a language, if any. */
export function sectionOf(lang: Lang, seg: string): Section | undefined {
  return (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][lang] === seg)
}

/** URLs end in a slash: the static export writes <path>/index.html. */
export function homeHref(lang: Lang): string {
  return `/${lang}/`
}
export function sectionHref(lang: Lang, section: Section): string {
  return `/${lang}/${segment(section, lang)}/`
}
export function documentHref(lang: Lang, section: Collection, slug: string): string {
  return `/${lang}/${segment(section, lang)}/${slug}/`
}
/** Free pages (about, privacy, …) sit right under the language. */
export function pageHref(lang: Lang, slug: string): string {
  return `/${lang}/${slug}/`
}

export { LANGS }
