/**
 * The review queue's rules: what in the content needs a person to look again, because
 * time has passed since it was true or since it was checked. Each rule is concrete: it
 * reads fields, never guesses from prose. A finding says since when it has needed a look
 * (`since`), so the queue can put the oldest first.
 *
 * - checked-stale: `checked` is more than 12 months before today.
 * - period-ended: a programme's `period` has ended (its last year is before this year)
 *   while its `status` is still open.
 * - holder-dissolved: an agreement's `status` is active while every county that holds it
 *   has been dissolved (its `dissolved` year is before this year).
 * - round-passed: a round's `deadline` is before today; the programme page lists its rounds
 *   as to come, and a page built before the deadline shows it as the next one.
 * - role-year-passed: a time-bound claim: a network membership's `role` names a year
 *   ("leder i 2025", "2020–2023"), and the latest year it names is before this year, while
 *   the page shows it as the role now. Body text is not read: `checked` is its net.
 * - status-source-aged, contact-source-aged, role-source-aged, recurring-source-aged: a
 *   programme's status, a contact, a county's role in a programme or a yearly deadline
 *   rests on a source whose date (`published`, or else `read`) is older than the limit
 *   (SOURCE_VALID_MONTHS); due from the day it passed it. A source with neither date
 *   cannot be aged: the page says it gives no date, and `read` is how to give it one.
 */
import type { DocumentTypeName } from '../../content/model'
import { addMonths, SOURCE_VALID_MONTHS, sourceDateOf, staleFrom } from '../../content/freshness'
import type { SourceEntry } from '../../content/sources'
import type { ContentFile } from '../validate/load'

export type ReviewKind =
  | 'checked-stale'
  | 'period-ended'
  | 'holder-dissolved'
  | 'round-passed'
  | 'role-year-passed'
  | 'status-source-aged'
  | 'contact-source-aged'
  | 'role-source-aged'
  | 'recurring-source-aged'

export type ReviewFinding = {
  kind: ReviewKind
  file: string
  field: string
  /** YYYY-MM-DD: the day from which the document has needed a look. */
  since: string
  /** The values the message names. */
  values: Record<string, string | number>
}

/** How long a check holds before the document is due for a new one. */
const CHECK_VALID_MONTHS = 12

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (v: unknown): v is string => typeof v === 'string' && DAY.test(v)
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const firstDayOf = (year: number) => `${year}-01-01`

/** The years a text names, 1900–2099. */
const yearsIn = (text: string) => [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]))

type Context = {
  today: string
  year: number
  counties: ReadonlyMap<string, Record<string, unknown>>
}
type Rule = (f: ContentFile, ctx: Context) => Omit<ReviewFinding, 'file'>[]

const checkedStale: Rule = (f, { today }) => {
  const checked = f.data.checked
  if (!isDay(checked)) return []
  const due = addMonths(checked, CHECK_VALID_MONTHS)
  return due < today
    ? [{ kind: 'checked-stale', field: 'checked', since: due, values: { checked } }]
    : []
}

const periodEnded: Rule = (f, { year }) => {
  const period = record(f.data.period)
  if (f.data.status !== 'open' || typeof period?.to !== 'number' || period.to >= year) return []
  return [
    {
      kind: 'period-ended',
      field: 'period.to',
      since: firstDayOf(period.to + 1),
      values: { from: String(period.from), to: period.to, status: 'open' },
    },
  ]
}

const holderDissolved: Rule = (f, { year, counties }) => {
  if (f.data.status !== 'active') return []
  const holders = list(f.data.counties).filter((id): id is string => typeof id === 'string')
  const dissolved = holders.map((id) => counties.get(id)?.dissolved)
  if (holders.length === 0 || !dissolved.every((d) => typeof d === 'number' && d < year)) return []
  const last = Math.max(...(dissolved as number[]))
  return [
    {
      kind: 'holder-dissolved',
      field: 'status',
      since: firstDayOf(last + 1),
      values: { counties: holders.join(', '), dissolved: last },
    },
  ]
}

const roundPassed: Rule = (f, { today }) =>
  list(f.data.rounds).flatMap((r, i) => {
    const round = record(r)
    const deadline = round?.deadline
    if (!isDay(deadline) || deadline >= today) return []
    return [
      {
        kind: 'round-passed' as const,
        field: `rounds[${i}].deadline`,
        since: deadline,
        values: { deadline, title: String(round?.title ?? '') },
      },
    ]
  })

const roleYearPassed: Rule = (f, { year }) =>
  list(f.data.members).flatMap((m, i) => {
    const role = record(m)?.role
    if (typeof role !== 'string') return []
    const years = yearsIn(role)
    if (years.length === 0) return []
    const latest = Math.max(...years)
    if (latest >= year) return []
    return [
      {
        kind: 'role-year-passed' as const,
        field: `members[${i}].role`,
        since: firstDayOf(latest + 1),
        values: { role, year: latest },
      },
    ]
  })

/** The listed sources of a file, as the freshness rules read them (raw front matter). */
const sourcesOf = (f: ContentFile): SourceEntry[] =>
  list(f.data.sources).flatMap((s) => {
    const r = record(s)
    if (typeof r?.url !== 'string') return []
    const published = r.published === undefined ? undefined : String(r.published)
    return [{ url: r.url, published, read: typeof r.read === 'string' ? r.read : undefined }]
  })

/** A fact that rests on the source at `url`, due once that source is older than the limit. */
function agedSource(
  f: ContentFile,
  today: string,
  kind: ReviewKind,
  field: string,
  url: unknown,
  values: Record<string, string | number> = {},
): Omit<ReviewFinding, 'file'>[] {
  if (typeof url !== 'string') return []
  const date = sourceDateOf(sourcesOf(f), url)
  if (!date) return []
  const since = staleFrom(date.date)
  if (since > today) return []
  return [
    {
      kind,
      field,
      since,
      values: { ...values, source: url, date: date.date, months: SOURCE_VALID_MONTHS },
    },
  ]
}

const statusSourceAged: Rule = (f, { today }) =>
  agedSource(f, today, 'status-source-aged', 'statusSource', f.data.statusSource, {
    status: String(f.data.status),
  })

const contactSourceAged: Rule = (f, { today }) =>
  agedSource(f, today, 'contact-source-aged', 'source', f.data.source)

const roleSourceAged: Rule = (f, { today }) =>
  list(f.data.counties).flatMap((c, i) => {
    const role = record(c)
    return agedSource(f, today, 'role-source-aged', `counties[${i}].source`, role?.source, {
      county: String(role?.county ?? ''),
      role: String(role?.role ?? ''),
    })
  })

const recurringSourceAged: Rule = (f, { today }) =>
  list(f.data.recurringRounds).flatMap((r, i) => {
    const round = record(r)
    return agedSource(
      f,
      today,
      'recurring-source-aged',
      `recurringRounds[${i}].source`,
      round?.source,
      {
        title: String(round?.title ?? ''),
      },
    )
  })

// A type without rules of its own (a new one) is still checked for a stale `checked`.
const RULES: Partial<Record<DocumentTypeName, Rule[]>> = {
  County: [checkedStale],
  Strategy: [checkedStale],
  Network: [checkedStale, roleYearPassed],
  Agreement: [checkedStale, holderDissolved],
  Programme: [
    checkedStale,
    periodEnded,
    roundPassed,
    statusSourceAged,
    roleSourceAged,
    recurringSourceAged,
  ],
  Contact: [checkedStale, contactSourceAged],
  Page: [checkedStale],
}

/** Every finding in the content, oldest first (then by file and field). `today`: YYYY-MM-DD in Oslo. */
export function reviewFindings(files: readonly ContentFile[], today: string): ReviewFinding[] {
  const counties = new Map(
    files
      .filter((f) => f.type === 'County' && typeof f.data.id === 'string')
      .map((f) => [String(f.data.id), f.data]),
  )
  const ctx: Context = { today, year: Number(today.slice(0, 4)), counties }
  return files
    .flatMap((f) =>
      (RULES[f.type] ?? [checkedStale])
        .flatMap((rule) => rule(f, ctx))
        .map((finding) => ({ ...finding, file: f.file })),
    )
    .sort(
      (a, b) =>
        a.since.localeCompare(b.since) ||
        a.file.localeCompare(b.file) ||
        a.field.localeCompare(b.field),
    )
}
