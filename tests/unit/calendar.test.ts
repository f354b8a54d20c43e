import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { getProgrammes, type Localized, type Programme } from '@/lib/content'
import { LANGS } from '@/lib/i18n'
import { roundsCalendar } from '@/lib/programmes/calendar'
import { isoDay } from '@/lib/i18n/format'
import { builtFiles, parseFile } from './generated-files'

/** The all-day dates of a calendar's events, as YYYY-MM-DD, with their summaries. */
function events(cal: InstanceType<typeof ICAL.Component>) {
  return cal.getAllSubcomponents('vevent').map((e) => {
    const event = new ICAL.Event(e)
    return { day: event.startDate.toString(), allDay: event.startDate.isDate, summary: event.summary, url: String(e.getFirstPropertyValue('url')) }
  })
}

/** What the content says the calendar must hold: an event per opening date and deadline. */
function expectedDays(programmes: Localized<Programme>[]) {
  return programmes.flatMap((p) => (p.rounds ?? []).flatMap((r) => [...(r.opens ? [isoDay(r.opens)] : []), isoDay(r.deadline)])).sort()
}

describe.each(LANGS)('the generated calendars (%s)', (lang) => {
  const programmes = getProgrammes(lang)

  it('has one .ics per programme, and all.ics', () => {
    expect(builtFiles(`${lang}/calendar`, '.ics').sort()).toEqual(['all.ics', ...programmes.map((p) => `${p.id}.ics`)].sort())
  })

  for (const p of programmes) {
    it(`${p.id}.ics holds exactly the content's round dates and says what is known`, () => {
      const cal = parseFile(`${lang}/calendar/${p.id}.ics`)
      expect(cal.name).toBe('vcalendar')
      expect(cal.getFirstPropertyValue('version')).toBe('2.0')
      expect(String(cal.getFirstPropertyValue('x-wr-calname'))).toContain(p.shortName)
      const found = events(cal)
      expect(found.map((e) => e.day).sort()).toEqual(expectedDays([p]))
      expect(found.every((e) => e.allDay)).toBe(true)
      // Without dates, the calendar's description carries what the sources say instead.
      if (p.roundsNote) expect(String(cal.getFirstPropertyValue('x-wr-caldesc'))).toContain(p.roundsNote)
    })
  }

  it('all.ics holds the rounds of every programme', () => {
    const cal = parseFile(`${lang}/calendar/all.ics`)
    expect(events(cal).map((e) => e.day).sort()).toEqual(expectedDays(programmes))
    for (const p of programmes) expect(String(cal.getFirstPropertyValue('x-wr-caldesc'))).toContain(p.title)
  })
})

describe('a programme with dated rounds', () => {
  // A round as an editor would add it (dates as Contentlayer stores them: midnight in Oslo).
  const nora = getProgrammes('en').find((p) => p.id === 'nora')!
  const withRound = {
    ...nora,
    rounds: [{ title: 'Spring round', opens: '2030-01-31T23:00:00Z', deadline: '2030-03-03T23:00:00Z', url: 'https://nora.fo/' }],
  } as Localized<Programme>

  it('becomes all-day events on the days the content names, with title and link', () => {
    const cal = new ICAL.Component(ICAL.parse(roundsCalendar('en', [withRound], withRound)) as unknown[])
    const found = events(cal).sort((a, b) => a.day.localeCompare(b.day))
    expect(found.map((e) => e.day)).toEqual(['2030-02-01', '2030-03-04'])
    expect(found.every((e) => e.allDay && e.url === 'https://nora.fo/')).toBe(true)
    expect(found[0].summary).toContain('Spring round')
    expect(found[1].summary).toContain('deadline')
  })
})
