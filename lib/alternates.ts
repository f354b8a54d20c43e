import { LANGS, type Lang } from './i18n/config'

/**
 * Where a page is in each language. `translated` is false where that language shows a
 * fallback (another language's text), so hreflang and the sitemap leave it out.
 */
export type Alternates = Record<Lang, { href: string; translated: boolean }>

/** The alternates of a page that exists in every language (home, section pages). */
export function sameInEveryLang(href: (lang: Lang) => string): Alternates {
  return Object.fromEntries(
    LANGS.map((l) => [l, { href: href(l), translated: true }]),
  ) as Alternates
}
