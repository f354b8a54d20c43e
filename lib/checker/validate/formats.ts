/**
 * The field formats of the content model (lib/content/model.ts, FieldFormat), each with
 * what an editor is told when a value does not fit. Pure: no files, no dates from the clock.
 */
import { say, type Said } from '../messages'
import type { FieldFormat } from '../../content/model'

export type Finding = Said

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date in the form YYYY-MM-DD (2026-02-30 is not one). */
export function isRealDate(value: string): boolean {
  return DATE.test(value) && dateProblem(value) === undefined
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * What is wrong with a date: not in the form (notDate, or notPartialDate where a year or a
 * month is enough), or a day or month that does not exist ("februar 2026 har 28 dager").
 */
export function dateProblem(value: unknown, partial = false): Finding | undefined {
  const text =
    typeof value === 'number' && partial && Number.isInteger(value) ? String(value) : value
  const m =
    typeof text === 'string'
      ? (partial ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/ : DATE).exec(text)
      : null
  if (!m) return partial ? say('notPartialDate', { value }) : say('notDate', { value })
  const year = Number(m[1])
  const month = m[2] === undefined ? undefined : Number(m[2])
  const day = m[3] === undefined ? undefined : Number(m[3])
  if (month !== undefined && (month < 1 || month > 12))
    return say('monthDoesNotExist', { value: String(text), month })
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month))) {
    return say('dayDoesNotExist', { value: String(text), year, month, days: daysIn(year, month) })
  }
  return undefined
}

function httpsProblem(value: string): Finding | undefined {
  if (/^http:\/\//i.test(value)) return say('notHttps', { value })
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || url.protocol !== 'https:' || !url.hostname.includes('.') || /\s/.test(value))
    return say('notUrl', { value })
  return undefined
}

const checks: Record<FieldFormat, (value: string) => Finding | undefined> = {
  url: httpsProblem,
  // A source is a link or a citation of a document; only something that looks like a link must be https.
  source: (v) => (/^(https?:|www\.)/i.test(v) ? httpsProblem(v) : undefined),
  email: (v) =>
    /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v) ? undefined : say('notEmail', { value: v }),
  phone: (v) => (/^\+\d{1,3}( ?\d){4,14}$/.test(v) ? undefined : say('notPhone', { value: v })),
  country: (v) => (/^[A-Z]{2}$/.test(v) ? undefined : say('notCountry', { value: v })),
  lang: (v) =>
    /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? undefined : say('notLang', { value: v }),
  'partial-date': (v) => dateProblem(v, true),
  // A day that comes back every year: 29 February is allowed, as it exists in leap years.
  'month-day': (v) => {
    const m = /^--(\d{2})-(\d{2})$/.exec(v)
    return m && dateProblem(`2024-${m[1]}-${m[2]}`) === undefined
      ? undefined
      : say('notMonthDay', { value: v })
  },
  id: (v) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? undefined : say('notId', { value: v })),
}

export function checkFormat(format: FieldFormat, value: string): Finding | undefined {
  return checks[format](value)
}

/** Slugs become URLs: the same form as ids. */
export function slugProblem(slug: string): Finding | undefined {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? undefined : say('badSlug', { value: slug })
}
