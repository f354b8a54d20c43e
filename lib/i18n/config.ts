/**
 * The site's languages, in the order the language navigation shows them. Adding a
 * language: one entry here, plus its translation files under lib/i18n/locales/<code>/
 * registered in lib/i18n/resources.ts, and its URL words in lib/sections.ts (the compiler
 * asks for each). Everything else (pages, the fallback order, hreflang, the sitemap, the
 * "/" redirect, the 404 pages, search) is derived from this list.
 *
 * - `browser`: the language tags (first subtag of Accept-Language or navigator.languages)
 *   that send a reader from "/" to this language's home page.
 * - `contentRequired`: the written standard a document must have a file in (or say
 *   `translation: pending`): every document needs one file per named standard, in any of
 *   its languages. Norwegian is Bokmål or Nynorsk, in the one the source and the county
 *   council write (Vestland and Møre og Romsdal write Nynorsk); English is English.
 *   `false`: a document may lack the language; its readers then see the text in the
 *   fallback order (fallbackOrder below) with a notice.
 */
export const locales = {
  nb: {
    name: 'Norsk (bokmål)',
    intl: 'nb-NO',
    ogLocale: 'nb_NO',
    hreflang: 'nb',
    browser: ['nb', 'no'],
    contentRequired: 'norwegian',
  },
  nn: {
    name: 'Norsk (nynorsk)',
    intl: 'nn-NO',
    ogLocale: 'nn_NO',
    hreflang: 'nn',
    browser: ['nn'],
    contentRequired: 'norwegian',
  },
  en: {
    name: 'English',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    hreflang: 'en',
    browser: ['en'],
    contentRequired: 'english',
  },
} as const satisfies Record<string, LocaleConfig>

type LocaleConfig = {
  /** The language's name in itself, as the language navigation shows it. */
  name: string
  /** The BCP 47 tag Intl formats dates, lists and names with. */
  intl: string
  ogLocale: string
  hreflang: string
  browser: readonly string[]
  contentRequired: 'norwegian' | 'english' | false
}

export type Lang = keyof typeof locales
export const LANGS = Object.keys(locales) as Lang[]
export const DEFAULT_LANG: Lang = 'nb'
/** Where "/" sends a reader whose browser asks for none of the site's languages. */
export const OTHER_BROWSERS_LANG: Lang = 'en'
export const TIME_ZONE = 'Europe/Oslo'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && value in locales
}

/**
 * The written standards every document must have, each as its languages in config order:
 * [['nb', 'nn'], ['en']]. A document needs a file in at least one language of each.
 */
export const REQUIRED_GROUPS: Lang[][] = [
  ...new Set(LANGS.map((l) => locales[l].contentRequired as string | false)),
]
  .filter((group) => group !== false)
  .map((group) => LANGS.filter((l) => locales[l].contentRequired === group))

/**
 * Whether two site languages are written standards of one language (Bokmål and Nynorsk):
 * a reader of one reads the other, so a text in it is no missing translation.
 */
export function sameLanguage(a: Lang, b: Lang): boolean {
  return REQUIRED_GROUPS.some((group) => group.includes(a) && group.includes(b))
}

/** The first language of each required standard (nb, en): where a new document starts. */
export const REQUIRED_LANGS = REQUIRED_GROUPS.map((group) => group[0])

/**
 * Which text a page in `lang` shows when a document has none in `lang`: its own language
 * first, then the default language, then the others in config order. nn → nn, nb, en;
 * en → en, nb, nn. The content door and the content checker both pick by this order.
 */
export function fallbackOrder(lang: Lang): Lang[] {
  return [...new Set([lang, DEFAULT_LANG, ...LANGS])]
}

/** The first of `available` in the fallback order of `lang` (undefined when none is). */
export function pickLanguage(lang: Lang, available: Iterable<Lang>): Lang | undefined {
  const have = new Set(available)
  return fallbackOrder(lang).find((l) => have.has(l))
}

/**
 * The home page "/" sends a browser to, by its FIRST preferred language (q-values are not
 * weighed): "nn-NO" → /nn/, "no" → /nb/, "de" → /en/. Shared by the page script at "/"
 * and the web server rules (deploy/rules.ts).
 */
export function langForBrowser(tag: string): Lang {
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_;,\s]/)[0]
  return (
    LANGS.find((l) => (locales[l].browser as readonly string[]).includes(primary)) ??
    OTHER_BROWSERS_LANG
  )
}
