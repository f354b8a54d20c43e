/** Dates, countries and lists in the page's language, with Intl (Europe/Oslo time). */
import { locales, TIME_ZONE, type Lang } from './config'

const intl = (lang: Lang) => locales[lang].intl

/** A full date (ISO string or Date) such as "22. november 2026" / "22 November 2026". */
export function formatDate(lang: Lang, value: string | Date): string {
  return new Intl.DateTimeFormat(intl(lang), { dateStyle: 'long', timeZone: TIME_ZONE }).format(
    new Date(value),
  )
}

/**
 * A date as precise as its source: "2021", "2021-12" or "2020-06-16", or a year written
 * without quotes, which the front matter holds as a number (2021).
 * Formatted without a time zone shift, since it names a calendar day, not an instant.
 */
export function formatPartialDate(lang: Lang, value: string | number): string {
  const [y, m, d] = String(value).split('-').map(Number)
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1))
  const options: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(intl(lang), options).format(date)
}

/** A day that comes back every year (--MM-DD, ISO 8601) as "15. februar" / "15 February". */
export function formatMonthDay(lang: Lang, value: string): string {
  const [month, day] = value.replace(/^--/, '').split('-').map(Number)
  return new Intl.DateTimeFormat(intl(lang), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, month - 1, day)))
}

/** ISO 3166-1 alpha-2 code → the country's name in the page's language. */
export function countryName(lang: Lang, code: string): string {
  return new Intl.DisplayNames([intl(lang)], { type: 'region' }).of(code) ?? code
}

/** ["a", "b", "c"] → "a, b og c" / "a, b and c". */
export function formatList(lang: Lang, items: string[]): string {
  return new Intl.ListFormat(intl(lang), { style: 'long', type: 'conjunction' }).format(items)
}

/** A period of years, "2022–2026". */
export function formatPeriod(period: { from: number; to: number }): string {
  return `${period.from}–${period.to}`
}

/**
 * The calendar day a content date names. Contentlayer reads "2026-11-01" as midnight
 * in Oslo (2026-10-31T23:00:00Z), so the day is the one in Oslo, not the first ten
 * characters of the ISO string. "2026-10-31T23:00:00Z" → "2026-11-01".
 */
export function isoDay(value: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(value))
}

/**
 * A language's name in the page's language, from Intl (derived, so a language added to
 * config.ts is named everywhere without a key per pair): ('nn', 'en') → "English",
 * ('en', 'nb') → "Norwegian Bokmål", ('nb', 'nn') → "norsk nynorsk".
 */
export function languageName(lang: Lang, of: Lang): string {
  return (
    new Intl.DisplayNames([intl(lang)], { type: 'language' }).of(locales[of].intl.split('-')[0]) ??
    locales[of].name
  )
}
