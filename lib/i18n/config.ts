/**
 * The site's languages. Adding a language: one entry here, plus its translation
 * files under lib/i18n/locales/<code>/ registered in lib/i18n/resources.ts.
 */
export const locales = {
  nb: { name: 'Norsk (bokmål)', intl: 'nb-NO', ogLocale: 'nb_NO', hreflang: 'nb' },
  en: { name: 'English', intl: 'en-GB', ogLocale: 'en_GB', hreflang: 'en' },
} as const

export type Lang = keyof typeof locales
export const LANGS = Object.keys(locales) as Lang[]
export const DEFAULT_LANG: Lang = 'nb'
export const TIME_ZONE = 'Europe/Oslo'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && value in locales
}
