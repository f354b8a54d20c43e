/**
 * The field formats of the content model (lib/content/model.ts, FieldFormat), each with
 * what an editor is told when a value does not fit. Pure: no files, no dates from the clock.
 */
import type { FieldFormat } from '../model'

export type Finding = { message: string; expected?: string }

/** A real calendar date in the form YYYY-MM-DD (2026-02-30 is not one). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

function isRealPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true
  if (/^\d{4}-\d{2}$/.test(value)) return isRealDate(`${value}-01`)
  return isRealDate(value)
}

function httpsProblem(value: string): Finding | undefined {
  if (/^http:\/\//i.test(value)) return { message: `"${value}" is not https`, expected: `a secure link that starts with https://` }
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || url.protocol !== 'https:' || !url.hostname.includes('.') || /\s/.test(value)) {
    return { message: `"${value}" is not a web address`, expected: 'a full link that starts with https://, e.g. https://www.nfk.no/' }
  }
  return undefined
}

const checks: Record<FieldFormat, (value: string) => Finding | undefined> = {
  url: httpsProblem,
  // A source is a link or a citation of a document; only something that looks like a link must be https.
  source: (v) => (/^(https?:|www\.)/i.test(v) ? httpsProblem(v) : undefined),
  email: (v) =>
    /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v) ? undefined : { message: `"${v}" is not an e-mail address`, expected: 'an address like name@nfk.no' },
  phone: (v) =>
    /^\+\d{1,3}( ?\d){4,14}$/.test(v)
      ? undefined
      : { message: `"${v}" is not a phone number in international form`, expected: 'a plus, the country code and digits, spaces allowed, e.g. +47 75 65 00 00' },
  country: (v) =>
    /^[A-Z]{2}$/.test(v) ? undefined : { message: `"${v}" is not a country code`, expected: 'two capital letters (ISO 3166-1), e.g. LT, DE, CN' },
  lang: (v) =>
    /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? undefined : { message: `"${v}" is not a language code`, expected: 'a language code in small letters, e.g. lt, zh, de' },
  'partial-date': (v) =>
    isRealPartialDate(v) ? undefined : { message: `"${v}" is not a date`, expected: 'YYYY, YYYY-MM or YYYY-MM-DD, in quotes, e.g. "1991" or "2022-06"' },
  id: (v) =>
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)
      ? undefined
      : { message: `"${v}" is not a valid id`, expected: 'small letters a–z, digits and hyphens, no spaces or æ, ø, å, e.g. kaunas or nordland-2022-2026' },
}

export function checkFormat(format: FieldFormat, value: string): Finding | undefined {
  return checks[format](value)
}

/** Slugs become URLs: the same form as ids. */
export function slugProblem(slug: string): Finding | undefined {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)
    ? undefined
    : { message: `"${slug}" is not a valid file name`, expected: 'small letters a–z, digits and hyphens, then .md, e.g. kaunas.md; no spaces, capitals or æ, ø, å' }
}
