/**
 * The calendars the build wrote into out/<lang>/calendar/ (tests run after the build), read
 * with a parser (ical.js). The expected days are the round dates as the content files write
 * them (YYYY-MM-DD in the front matter, read as text), not as the site's code reads them.
 */
import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getProgrammes, type Localized, type Programme } from '@/lib/content'
import { LANGS } from '@/lib/i18n'
import { roundsCalendar } from '@/lib/programmes/calendar'
import { parse } from 'yaml'
import { builtFiles, OUT, parseFile } from './generated-files'
import { calendarEvents as events } from '../unit/ical-events'

/** The dated rounds' events (a recurring deadline's yearly event is checked on its own below). */
const dated = (cal: InstanceType<typeof ICAL.Component>) => events(cal).filter((e) => !e.rrule)

/** Programmes whose content gives a date: only they have a calendar (RFC 5545, 3.6: one event at least). */
const withDates = (programmes: Localized<Programme>[]) =>
  programmes.filter((p) => (p.rounds ?? []).length + (p.recurringRounds ?? []).length > 0)

/** The round days a programme's content file writes: every `opens` and `deadline`, as written. */
function daysInFile(p: Localized<Programme>): string[] {
  const text = readFileSync(p._raw.sourceFilePath, 'utf8')
  const data = parse(text.split(/^---$/m)[1]) as {
    rounds?: { opens?: string; deadline: string }[]
  }
  return (data.rounds ?? []).flatMap((r) => [...(r.opens ? [r.opens] : []), r.deadline]).sort()
}

describe.each(LANGS)('the generated calendars (%s)', (lang) => {
  const programmes = getProgrammes(lang)

  it('has one .ics per programme with dates, and all.ics; none for a programme without', () => {
    expect(builtFiles(`${lang}/calendar`, '.ics').sort()).toEqual(
      ['all.ics', ...withDates(programmes).map((p) => `${p.id}.ics`)].sort(),
    )
    expect(builtFiles(`${lang}/calendar`, '.ics')).not.toContain('interreg-europe.ics')
  })

  for (const p of withDates(programmes)) {
    it(`${p.id}.ics holds exactly the content's round dates and says what is known`, () => {
      const cal = parseFile(`${lang}/calendar/${p.id}.ics`)
      expect(cal.name).toBe('vcalendar')
      expect(cal.getFirstPropertyValue('version')).toBe('2.0')
      expect(String(cal.getFirstPropertyValue('x-wr-calname'))).toContain(p.shortName)
      expect(
        dated(cal)
          .map((e) => e.day)
          .sort(),
      ).toEqual(daysInFile(p))
      expect(events(cal).every((e) => e.allDay)).toBe(true)
      // Without dates, the calendar's description carries what the sources say instead.
      if (p.roundsNote)
        expect(String(cal.getFirstPropertyValue('x-wr-caldesc'))).toContain(p.roundsNote)
    })
  }

  it('all.ics holds the rounds of every programme', () => {
    const cal = parseFile(`${lang}/calendar/all.ics`)
    expect(
      dated(cal)
        .map((e) => e.day)
        .sort(),
    ).toEqual(programmes.flatMap(daysInFile).sort())
    for (const p of programmes)
      expect(String(cal.getFirstPropertyValue('x-wr-caldesc'))).toContain(p.title)
  })
})

describe.each(LANGS)(
  'Interreg Sverige–Norge: two yearly deadlines for main projects (%s)',
  (lang) => {
    // «Søknadsfrist: 15. februar og 15. september for hovedprosjekt» (innlandetfylke.no, an
    // undated page read on 2026-12-06): yearly from the first such day after that, to the end
    // of the 2021–2027 period.
    const yearly = [
      { day: '2027-02-15', rrule: 'FREQ=YEARLY;UNTIL=20271231' },
      { day: '2027-09-15', rrule: 'FREQ=YEARLY;UNTIL=20271231' },
    ]
    const recurring = (file: string) =>
      events(parseFile(`${lang}/calendar/${file}`))
        .filter((e) => e.rrule && e.url.startsWith('https://innlandetfylke.no/'))
        .map((e) => ({ day: e.day, rrule: e.rrule }))

    it('are yearly all-day events in its calendar and in all.ics', () => {
      expect(recurring('interreg-sverige-norge.ics')).toEqual(yearly)
      expect(recurring('all.ics')).toEqual(yearly)
    })

    it('recur on the days the source names (ical.js expands the rule)', () => {
      const cal = parseFile(`${lang}/calendar/interreg-sverige-norge.ics`)
      const days = cal.getAllSubcomponents('vevent').flatMap((e) => {
        const it = new ICAL.Event(e).iterator()
        const found: string[] = []
        for (let next = it.next(); next && found.length < 5; next = it.next())
          found.push(next.toString())
        return found
      })
      expect(days.sort()).toEqual(['2027-02-15', '2027-09-15'])
    })
  },
)

describe.each(LANGS)('every .ics the build wrote is a valid, stable subscription (%s)', (lang) => {
  const programmes = getProgrammes(lang)
  const files = builtFiles(`${lang}/calendar`, '.ics')
  afterEach(() => vi.useRealTimers())

  it.each(files)(
    '%s: CRLF line ends (RFC 5545), every event with a unique UID and a DTSTAMP',
    (file) => {
      const text = readFileSync(join(OUT, lang, 'calendar', file), 'utf8')
      expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true)
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/) // no bare CR or LF
      for (const line of text.split('\r\n'))
        expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75) // folded
      const cal = parseFile(`${lang}/calendar/${file}`)
      const events = cal.getAllSubcomponents('vevent')
      const uids = events.map((e) => String(e.getFirstPropertyValue('uid')))
      expect(new Set(uids).size).toBe(uids.length)
      for (const e of events) expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy()
      // A subscription says how often to fetch it again.
      expect(
        cal.getFirstPropertyValue('refresh-interval') ??
          cal.getFirstPropertyValue('x-published-ttl'),
      ).toBeTruthy()
    },
  )

  it('a second build writes the same files, byte for byte (UIDs and stamps do not depend on the build)', () => {
    // "Build" again at another time: the calendars must not change, or subscribers would get copies.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2031-06-01T12:00:00Z'))
    for (const p of withDates(programmes))
      expect(roundsCalendar(lang, [p], p), `${p.id}.ics`).toBe(
        readFileSync(join(OUT, lang, 'calendar', `${p.id}.ics`), 'utf8'),
      )
    expect(roundsCalendar(lang, programmes)).toBe(
      readFileSync(join(OUT, lang, 'calendar', 'all.ics'), 'utf8'),
    )
  })
})
