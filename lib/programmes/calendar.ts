/**
 * Application rounds as an iCalendar file (RFC 5545), written with ical-generator.
 * Only dates from the content go in: a dated round's opening and deadline, and a
 * recurring deadline ("15. februar og 15. september") as a yearly event (RRULE) from its
 * source's date to the end of the programme period. A calendar must hold at least one
 * event (RFC 5545, 3.6), so a programme without dates has no calendar (hasCalendar).
 */
import ical from 'ical-generator'
import type { Localized, Programme } from '@/lib/content'
import { firstDay, sourceDateOf } from '@/lib/content/freshness'
import { getT, type Lang } from '@/lib/i18n'
import { isoDay } from '@/lib/i18n/format'
import { occurrenceFrom, type RecurringRound } from './rounds'

/** A calendar day from the content as midnight UTC: ical-generator writes all-day dates from the UTC day. */
function day(value: string): Date {
  return new Date(`${isoDay(value)}T00:00:00Z`)
}

/** A round's title as a UID part: lower-case letters and digits, the rest a hyphen. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The UID of a round's event: programme, round and kind of date, nothing from the build
 * (time, order), so a subscribed calendar updates an event instead of adding a copy. The
 * date is left out, so a moved deadline updates its event; two rounds with one title are
 * told apart by their deadline.
 */
export function roundUid(
  programmeId: string,
  round: { title: string; deadline: string },
  kind: 'opens' | 'deadline',
  sameTitle: boolean,
): string {
  return `${programmeId}-${slug(round.title)}${sameTitle ? `-${isoDay(round.deadline)}` : ''}-${kind}@internasjonalt-samarbeid`
}

/** The events of one programme: when each round opens (if known) and its deadline. */
function roundEvents(lang: Lang, p: Localized<Programme>) {
  const t = getT(lang)
  const rounds = p.rounds ?? []
  const titleCount = (title: string) => rounds.filter((r) => slug(r.title) === slug(title)).length
  return rounds.flatMap((r) => {
    // One event per known date of the round: 'opens' (if known) and 'deadline'.
    const event = (kind: 'opens' | 'deadline', date: string) => ({
      allDay: true,
      url: r.url,
      stamp: day(p.updated),
      id: roundUid(p.id, r, kind, titleCount(r.title) > 1),
      start: day(date),
      summary: t(`programme:calendar.${kind}`, { programme: p.shortName, title: r.title }),
      description: t('programme:calendar.eventDescription', { programme: p.title, url: r.url }),
    })
    return r.opens
      ? [event('opens', r.opens), event('deadline', r.deadline)]
      : [event('deadline', r.deadline)]
  })
}

/** The UID of a recurring deadline's event: programme, round and the day of the year. */
export function recurringUid(programmeId: string, round: { title: string }, deadline: string) {
  return `${programmeId}-${slug(round.title)}-${deadline.replace(/^--/, '')}-deadline@internasjonalt-samarbeid`
}

type CalendarProgramme = Pick<
  Localized<Programme>,
  'id' | 'title' | 'shortName' | 'updated' | 'sources' | 'period' | 'rounds'
> & { recurringRounds?: readonly RecurringRound[] }

/**
 * The yearly events of a programme's recurring deadlines. Each starts on its first date on
 * or after the day its source speaks for (a source read in December 2026 says nothing of
 * February 2026), and ends with the programme period; the summary says to check the call.
 */
export function recurringEvents(lang: Lang, p: CalendarProgramme) {
  const t = getT(lang)
  return (p.recurringRounds ?? []).flatMap((r) => {
    const from = firstDay(sourceDateOf(p.sources, r.source)?.date ?? isoDay(p.updated))
    return r.deadlines
      .map((deadline) => ({ deadline, start: occurrenceFrom(deadline, from) }))
      .filter(({ start }) => !p.period || Number(start.slice(0, 4)) <= p.period.to)
      .map(({ deadline, start }) => ({
        allDay: true,
        url: r.source,
        stamp: day(p.updated),
        id: recurringUid(p.id, r, deadline),
        start: day(start),
        // UNTIL must be a DATE like DTSTART (RFC 5545, 3.3.10), which ical-generator's option would not write.
        repeating: `FREQ=YEARLY${p.period ? `;UNTIL=${p.period.to}1231` : ''}`,
        summary: t('facts:calendar.recurringSummary', { programme: p.shortName, title: r.title }),
        description: t('facts:calendar.recurringDescription', {
          programme: p.title,
          source: r.source,
        }),
      }))
  })
}

/** Whether a programme's calendar holds an event: only then is it published and offered. */
export function hasCalendar(lang: Lang, p: CalendarProgramme): boolean {
  return (p.rounds ?? []).length > 0 || recurringEvents(lang, p).length > 0
}

/** What the calendar says about a programme's rounds when it has no dates, or besides them. */
function programmeSummary(lang: Lang, p: Localized<Programme>): string {
  const t = getT(lang)
  const parts = [p.title]
  if (p.status !== 'open') parts.push(t(`content:programmeStatus.${p.status}`))
  if (p.roundsNote) parts.push(p.roundsNote)
  if ((p.rounds ?? []).length === 0 && (p.recurringRounds ?? []).length === 0)
    parts.push(t('programme:calendar.noDates', { website: p.website }))
  if (p.roundsSource) parts.push(t('programme:calendar.source', { source: p.roundsSource }))
  return `${parts.map((s) => s.replace(/\.$/, '')).join('. ')}.`
}

/** The calendar of one programme, or of several (the "all programmes" calendar). */
export function roundsCalendar(
  lang: Lang,
  programmes: Localized<Programme>[],
  single?: Localized<Programme>,
): string {
  const t = getT(lang)
  const cal = ical({
    name: single
      ? t('programme:calendar.nameOne', { programme: single.shortName })
      : t('programme:calendar.nameAll'),
    description: [
      t('programme:calendar.intro'),
      ...programmes.map((p) => programmeSummary(lang, p)),
    ].join(' '),
    prodId: {
      company: 'Internasjonalt samarbeid',
      product: 'programme-rounds',
      language: lang.toUpperCase(),
    },
    // A subscription: apps that honour it fetch the calendar again once a day.
    ttl: 60 * 60 * 24,
  })
  for (const p of programmes) {
    for (const event of roundEvents(lang, p)) cal.createEvent(event)
    for (const event of recurringEvents(lang, p)) cal.createEvent(event)
  }
  return cal.toString()
}
