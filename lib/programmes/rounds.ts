/**
 * Application rounds from the content, as the pages, the finder and the calendars ask
 * about them: dated rounds (a call with its deadline), and recurring deadlines a source
 * gives as the same every year ("15. februar og 15. september"), which hold until the
 * programme period ends.
 */
import { isoDay } from '@/lib/i18n/format'

type Round = { title: string; opens?: string; deadline: string; url: string }
export type RecurringRound = { title: string; deadlines: readonly string[]; source: string }
type WithRounds = {
  rounds?: readonly Round[]
  recurringRounds?: readonly RecurringRound[]
  period?: { to: number }
}

/** The round with the soonest deadline on or after `today` (the build day), if any. */
export function nextRound<R extends Round>(
  rounds: readonly R[] | undefined,
  today: Date = new Date(),
): R | undefined {
  const day = isoDay(today)
  return [...(rounds ?? [])]
    .filter((r) => isoDay(r.deadline) >= day)
    .sort((a, b) => isoDay(a.deadline).localeCompare(isoDay(b.deadline)))[0]
}

/** "--02-15" as [2, 15]. */
export function monthDay(value: string): [month: number, day: number] {
  const [month, day] = value.replace(/^--/, '').split('-').map(Number)
  return [month, day]
}

/** The first date of a yearly day (--MM-DD) on or after a day (YYYY-MM-DD). */
export function occurrenceFrom(value: string, from: string): string {
  const [month, day] = monthDay(value)
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const year = Number(from.slice(0, 4))
  return `${md >= from.slice(5, 10) ? year : year + 1}-${md}`
}

/**
 * The next deadline a programme gives, on or after `today`: a dated round's, or the next
 * date of a recurring one (only within the programme period, when it has one). A
 * recurring deadline carries its source, since no call has confirmed that date yet.
 */
export type NextDeadline =
  | { kind: 'dated'; date: string; title: string; url: string }
  | { kind: 'recurring'; date: string; title: string; source: string }

export function nextDeadline(p: WithRounds, today: Date = new Date()): NextDeadline | undefined {
  return upcomingDeadlines(p, today)[0]
}

/** Every deadline a programme gives from `today` on, soonest first (recurring ones once each). */
export function upcomingDeadlines(p: WithRounds, today: Date = new Date()): NextDeadline[] {
  const day = isoDay(today)
  const dated: NextDeadline[] = (p.rounds ?? [])
    .filter((r) => isoDay(r.deadline) >= day)
    .map((r) => ({ kind: 'dated', date: isoDay(r.deadline), title: r.title, url: r.url }))
  const recurring: NextDeadline[] = (p.recurringRounds ?? []).flatMap((r) =>
    r.deadlines
      .map((d) => occurrenceFrom(d, day))
      .filter((date) => !p.period || Number(date.slice(0, 4)) <= p.period.to)
      .map((date) => ({ kind: 'recurring' as const, date, title: r.title, source: r.source })),
  )
  return [...dated, ...recurring].sort((a, b) => a.date.localeCompare(b.date))
}
