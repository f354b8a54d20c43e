/**
 * URLs: every address of the site is built here, from the section registry
 * (lib/sections.ts) and the languages (lib/i18n/config.ts). Pages, links, the sitemap and
 * the language navigation all build URLs from here.
 */
import { LANGS, type Lang } from './i18n/config'
import {
  ALL_SECTIONS,
  formerWords,
  sectionWord,
  type DocumentSection,
  type Section,
} from './sections'

/** Which section a URL word names in a language, if any. */
export function sectionOf(lang: Lang, word: string): Section | undefined {
  return ALL_SECTIONS.find((s) => sectionWord(s, lang) === word)
}

/** URLs end in a slash: the static export writes <path>/index.html. */
export function homeHref(lang: Lang): string {
  return `/${lang}/`
}
export function sectionHref(lang: Lang, section: Section): string {
  return `/${lang}/${sectionWord(section, lang)}/`
}
export function documentHref(lang: Lang, section: DocumentSection, slug: string): string {
  return `/${lang}/${sectionWord(section, lang)}/${slug}/`
}
/** Free pages (about, privacy, …) sit right under the language. */
export function pageHref(lang: Lang, slug: string): string {
  return `/${lang}/${slug}/`
}

/**
 * Sections that moved to new URL words, per language: every address under `from` now
 * lives under `to` (/nb/fylker/nordland/ → /nb/fylkeskommuner/nordland/). The build writes
 * a redirect page at each old address, and the server rules redirect with HTTP.
 */
export function movedSections(): { section: Section; lang: Lang; from: string; to: string }[] {
  return LANGS.flatMap((lang) =>
    ALL_SECTIONS.flatMap((section) =>
      formerWords(section, lang).map((word) => ({
        section,
        lang,
        from: `/${lang}/${word}/`,
        to: sectionHref(lang, section),
      })),
    ),
  )
}
