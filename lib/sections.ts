/**
 * The registry of the site's sections: every first-level page under a language that is
 * not a free page, and the document type each one lists. Navigation, the home page, the
 * search page, the sitemap, route resolution, the scaffolder and the budget test all
 * derive from this one table; the views for each section and type are chosen through
 * maps in components/views/registry.tsx, typed so that a missing view does not compile.
 *
 * Adding a document type: its fields in lib/content/model.ts, an entry here, its list and
 * document view in components/views/registry.tsx, and its strings (nav.<section>,
 * count.<section>, sectionIntro.<section>, content:type.<Type>) in every language.
 */
import type { Lang } from './i18n/config'
import type { DocumentTypeName } from './content/model'

type SectionDef = {
  /** The URL word of the section in each language: /nb/avtaler/, /en/agreements/. */
  words: Record<Lang, string>
  /** Earlier URL words, still served as redirects to the current ones. */
  formerWords?: Partial<Record<Lang, readonly string[]>>
  /** The document type the section lists, if it lists one. */
  type?: Exclude<DocumentTypeName, 'Page'>
  /**
   * How its documents are shown: each on a page of its own under the section
   * (/nb/avtaler/kaunas/), or only as entries of the section's page, anchored by id.
   */
  documents?: 'pages' | 'entries'
  /** A link in the main navigation. */
  nav: boolean
  /** A card on the home page with the number of documents (needs a type). */
  home: boolean
  /**
   * The section's page loads its own page script (finder, search): it gets the
   * interactive page-weight budget. Other section pages are lists, framed by the
   * section's heading and introduction.
   */
  script?: boolean
  /**
   * The finder's answer pages (/nb/finn-program/telemark/transport/): the URL word for
   * "any area", the first segment of a page for a theme alone (/nb/finn-program/alle-omrader/energy/).
   * Regions and themes are named by their ids, as in the form's query (?region=&theme=).
   */
  anyRegionWords?: Record<Lang, string>
}

export const SECTIONS = {
  strategies: {
    words: { nb: 'strategier', nn: 'strategiar', en: 'strategies' },
    type: 'Strategy',
    documents: 'pages',
    nav: true,
    home: true,
  },
  agreements: {
    words: { nb: 'avtaler', nn: 'avtalar', en: 'agreements' },
    type: 'Agreement',
    documents: 'pages',
    nav: true,
    home: true,
  },
  networks: {
    words: { nb: 'nettverk', nn: 'nettverk', en: 'networks' },
    type: 'Network',
    documents: 'pages',
    nav: true,
    home: true,
  },
  programmes: {
    words: { nb: 'program', nn: 'program', en: 'programmes' },
    type: 'Programme',
    documents: 'pages',
    nav: true,
    home: true,
  },
  // The documents are county councils (fylkeskommuner), the organisations, not the areas
  // (those are the `regions` of lib/content/vocabulary.ts). In code the concept is named
  // `County` / `counties` throughout (type, content folder, reference fields); readers see
  // "fylkeskommuner" / "county councils". Until December 2026 the URL words were
  // fylker/counties: the old addresses redirect (scripts/redirect-pages.ts, deploy/rules).
  counties: {
    words: { nb: 'fylkeskommuner', nn: 'fylkeskommunar', en: 'county-councils' },
    formerWords: { nb: ['fylker'], en: ['counties'] },
    type: 'County',
    documents: 'pages',
    nav: true,
    home: true,
  },
  contacts: {
    words: { nb: 'kontakter', nn: 'kontaktar', en: 'contacts' },
    type: 'Contact',
    documents: 'entries',
    nav: true,
    home: true,
  },
  finder: {
    words: { nb: 'finn-program', nn: 'finn-program', en: 'find-a-programme' },
    anyRegionWords: { nb: 'alle-omrader', nn: 'alle-omrade', en: 'any-area' },
    nav: true,
    home: false,
    script: true,
  },
  search: { words: { nb: 'sok', nn: 'sok', en: 'search' }, nav: false, home: false, script: true },
  // What's new: every document's change notes and new documents, newest first (lib/content/changes.ts).
  changes: { words: { nb: 'nytt', nn: 'nytt', en: 'whats-new' }, nav: false, home: false },
} as const satisfies Record<string, SectionDef>

type Sections = typeof SECTIONS
export type Section = keyof Sections

/** Sections that list documents of a type. */
export type ListSection = {
  [S in Section]: Sections[S] extends { type: string } ? S : never
}[Section]
/** Sections whose documents have pages of their own (/<lang>/<section>/<slug>/). */
export type DocumentSection = {
  [S in Section]: Sections[S] extends { documents: 'pages' } ? S : never
}[Section]
/** Sections with a page script of their own: their view draws the whole page. */
type ScriptSection = {
  [S in Section]: Sections[S] extends { script: true } ? S : never
}[Section]

/** The document type a section lists. */
type TypeOfSection<S extends ListSection> = Sections[S]['type']
/** The document types that have pages of their own under a section. */
export type DocumentPageType = TypeOfSection<DocumentSection>

const entries = Object.entries(SECTIONS) as [Section, SectionDef][]
const where = (keep: (d: SectionDef) => boolean) =>
  entries.filter(([, d]) => keep(d)).map(([s]) => s)

/** Every section, in the order of the registry (also the order of navigation and cards). */
export const ALL_SECTIONS: readonly Section[] = entries.map(([s]) => s)
export const LIST_SECTIONS = where((d) => d.type !== undefined) as ListSection[]
export const DOCUMENT_SECTIONS = where((d) => d.documents === 'pages') as DocumentSection[]
export const NAV_SECTIONS: readonly Section[] = where((d) => d.nav)
export const HOME_SECTIONS = where((d) => d.home && d.type !== undefined) as ListSection[]

export function isListSection(section: Section): section is ListSection {
  return (SECTIONS[section] as SectionDef).type !== undefined
}
export function isDocumentSection(section: Section): section is DocumentSection {
  return (SECTIONS[section] as SectionDef).documents === 'pages'
}
export function hasScript(section: Section): section is ScriptSection {
  return (SECTIONS[section] as SectionDef).script === true
}

/** The type a list section shows, e.g. 'agreements' → 'Agreement'. */
export function typeOfSection<S extends ListSection>(section: S): TypeOfSection<S> {
  return SECTIONS[section].type as TypeOfSection<S>
}

/** The section that lists a document type, e.g. 'Agreement' → 'agreements'; undefined for free pages. */
export function sectionOfType(type: DocumentTypeName): ListSection | undefined {
  return LIST_SECTIONS.find((s) => SECTIONS[s].type === type)
}

/** The URL word of a section in a language. */
export function sectionWord(section: Section, lang: Lang): string {
  return SECTIONS[section].words[lang]
}

/** The earlier URL words of a section in a language (redirected to the current one). */
export function formerWords(section: Section, lang: Lang): readonly string[] {
  return (SECTIONS[section] as SectionDef).formerWords?.[lang] ?? []
}
