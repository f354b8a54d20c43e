/**
 * Application rounds as an iCalendar file (RFC 5545), written with ical-generator.
 * Only dates from the content go in: a programme whose rounds have no published dates
 * gives a calendar without events, whose description says what is known instead.
 */
import ical from 'ical-generator'
import type { Localized, Programme } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { isoDay } from '@/lib/i18n/format'

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

/** What the calendar says about a programme's rounds when it has no dates, or besides them. */
function programmeSummary(lang: Lang, p: Localized<Programme>): string {
  const t = getT(lang)
  const parts = [p.title]
  if (p.status !== 'open') parts.push(t(`content:programmeStatus.${p.status}`))
  if (p.roundsNote) parts.push(p.roundsNote)
  if ((p.rounds ?? []).length === 0)
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
  for (const p of programmes) for (const event of roundEvents(lang, p)) cal.createEvent(event)
  return cal.toString()
}
