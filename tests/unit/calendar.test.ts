import ICAL from 'ical.js'
import { describe, expect, it, vi } from 'vitest'
import { getProgrammes, type Localized, type Programme } from '@/lib/content'
import { roundsCalendar, roundUid } from '@/lib/programmes/calendar'
import { calendarEvents as events } from './ical-events'

describe('a programme with dated rounds', () => {
  // A round as an editor would add it (dates as Contentlayer stores them: midnight in Oslo).
  const nora = getProgrammes('en').find((p) => p.id === 'nora')!
  const withRound = {
    ...nora,
    rounds: [
      {
        title: 'Spring round',
        opens: '2030-01-31T23:00:00Z',
        deadline: '2030-03-03T23:00:00Z',
        url: 'https://nora.fo/',
      },
    ],
  } as Localized<Programme>

  it('becomes all-day events on the days the content names, with title and link', () => {
    const cal = new ICAL.Component(
      ICAL.parse(roundsCalendar('en', [withRound], withRound)) as unknown[],
    )
    const found = events(cal).sort((a, b) => a.day.localeCompare(b.day))
    expect(found.map((e) => e.day)).toEqual(['2030-02-01', '2030-03-04'])
    expect(found.every((e) => e.allDay && e.url === 'https://nora.fo/')).toBe(true)
    expect(found[0].summary).toContain('Spring round')
    expect(found[1].summary).toContain('deadline')
  })

  it('is the same text when built at two different times (stable UIDs and stamps)', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2029-01-01T08:00:00Z'))
    const first = roundsCalendar('en', [withRound], withRound)
    vi.setSystemTime(new Date('2031-06-01T12:00:00Z'))
    const second = roundsCalendar('en', [withRound], withRound)
    vi.useRealTimers()
    expect(second).toBe(first)
    expect(first).toContain('UID:nora-spring-round-deadline@internasjonalt-samarbeid\r\n')
    expect(first.split('\r\n').filter((l) => l.startsWith('UID:'))).toHaveLength(2)
  })
})

describe('event UIDs', () => {
  const round = { title: 'Første utlysning', deadline: '2030-03-03T23:00:00Z' }
  it('name the programme, the round and the date kind, not the build', () => {
    expect(roundUid('nora', round, 'deadline', false)).toBe(
      'nora-forste-utlysning-deadline@internasjonalt-samarbeid',
    )
    expect(roundUid('nora', round, 'opens', false)).not.toBe(
      roundUid('nora', round, 'deadline', false),
    )
  })
  it('keep a moved deadline on the same event, and tell two rounds with one title apart', () => {
    expect(
      roundUid('nora', { ...round, deadline: '2030-04-01T22:00:00Z' }, 'deadline', false),
    ).toBe('nora-forste-utlysning-deadline@internasjonalt-samarbeid')
    expect(roundUid('nora', round, 'deadline', true)).toBe(
      'nora-forste-utlysning-2030-03-04-deadline@internasjonalt-samarbeid',
    )
  })
})
