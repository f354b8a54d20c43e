/**
 * How long a source speaks for today. A fact (a programme's status, a contact, a recurring
 * deadline, a county's role) is as old as its newest source: the date the source gives for
 * itself (`published`), or else the day someone read it (`read`). Past the limit, the page
 * says the fact as of that date ("Åpent ifølge interreg.no, mars 2024 – ikke bekreftet
 * siden") and the review queue asks for a newer source. Pure: `today` is always passed in.
 */
import { isoDay } from '../i18n/format'
import { samePage, type SourceEntry } from './sources'

/** The one setting: a source older than this many months no longer confirms a fact as current. */
export const SOURCE_VALID_MONTHS = 18

/** The date a source speaks for: the date it gives for itself, or else the day it was read. */
export type SourceDate = { date: string; kind: 'published' | 'read' }

/** A partial date (2024, 2024-03, 2024-03-15, or a year as a number) as its first day. */
export function firstDay(partial: string | number): string {
  const [y, m = '01', d = '01'] = String(partial).slice(0, 10).split('-')
  return `${y}-${m}-${d}`
}

/** YYYY-MM-DD plus some months, as text (a 31st stays one: it still sorts right). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const total = y * 12 + (m - 1) + months
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The date a listed source speaks for, if it is listed with one. */
export function sourceDate(source: SourceEntry | undefined): SourceDate | undefined {
  if (source?.published !== undefined) return { date: String(source.published), kind: 'published' }
  if (source?.read) return { date: isoDay(source.read), kind: 'read' }
  return undefined
}

/** The date the source with this URL speaks for, looked up in a document's `sources`. */
export function sourceDateOf(
  sources: readonly SourceEntry[] | undefined,
  url: string,
): SourceDate | undefined {
  return sourceDate(sources?.find((s) => samePage(s.url, url)))
}

/** The newest of some source dates (by their first day), if any has one. */
export function newest(dates: readonly (SourceDate | undefined)[]): SourceDate | undefined {
  return dates
    .filter((d): d is SourceDate => d !== undefined)
    .sort((a, b) => firstDay(b.date).localeCompare(firstDay(a.date)))[0]
}

/**
 * The first day on which a source of this date no longer confirms a fact: its first day
 * plus the limit. A partial date counts from its first day ("2024" from 1 January), so a
 * page never calls a fact newer than its source can prove.
 */
export function staleFrom(date: string): string {
  return addMonths(firstDay(date), SOURCE_VALID_MONTHS)
}

/** Whether a source of this date still confirms a fact on `today` (YYYY-MM-DD or a Date). */
export function isCurrent(date: SourceDate | undefined, today: string | Date): boolean {
  return date !== undefined && staleFrom(date.date) > isoDay(today)
}
