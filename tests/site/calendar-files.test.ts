/**
 * Every calendar the site publishes is a calendar: each .ics anywhere in out/ parses with
 * ical.js and holds at least one VEVENT (RFC 5545, 3.6: "at least one calendar component").
 * A programme without dates has no calendar, and no page offers one.
 */
import ICAL from 'ical.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OUT } from './generated-files'

function icsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? icsFiles(join(dir, d.name))
      : d.name.endsWith('.ics')
        ? [join(dir, d.name)]
        : [],
  )
}

describe('the published .ics files', () => {
  const files = icsFiles(OUT)

  it('are there: all.ics and Interreg Sverige–Norge in every language', () => {
    const names = files.map((f) => relative(OUT, f))
    for (const lang of ['nb', 'nn', 'en'])
      expect(names).toEqual(
        expect.arrayContaining([
          `${lang}/calendar/all.ics`,
          `${lang}/calendar/interreg-sverige-norge.ics`,
        ]),
      )
  })

  it.each(files.map((f) => [relative(OUT, f), f]))(
    '%s parses with ical.js and holds at least one VEVENT',
    (_, file) => {
      const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[])
      expect(cal.name).toBe('vcalendar')
      expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0)
    },
  )
})
