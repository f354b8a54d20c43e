import { describe, expect, it } from 'vitest'
import { countryName, formatDate, formatPartialDate, isoDay } from '@/lib/i18n/format'
import { strategyStatus } from '@/lib/content/status'

describe('dates and names in the page language', () => {
  it('formats a date in Europe/Oslo time', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(formatDate('nb', '2023-12-31T23:30:00.000Z')).toBe('1. januar 2024')
    expect(formatDate('en', '2023-12-31T23:30:00.000Z')).toBe('1 January 2024')
  })

  it('gives the machine-readable day of a date in Oslo, the same day formatDate shows', () => {
    // Contentlayer stores "updated: 2026-11-22" as Oslo midnight, which is 23:00 UTC the day before.
    expect(isoDay('2026-11-21T23:00:00Z')).toBe('2026-11-22')
    expect(formatDate('nb', '2026-11-21T23:00:00Z')).toBe('22. november 2026')
    expect(isoDay('2026-06-30T12:00:00Z')).toBe('2026-06-30')
  })

  it('formats a date only as precisely as its source', () => {
    expect(formatPartialDate('nb', '2021-12')).toBe('desember 2021')
    expect(formatPartialDate('en', '2021-12')).toBe('December 2021')
    expect(formatPartialDate('nb', '2020-06-16')).toBe('16. juni 2020')
    expect(formatPartialDate('en', '1991')).toBe('1991')
  })

  it('names countries from their ISO code', () => {
    expect(countryName('nb', 'LT')).toBe('Litauen')
    expect(countryName('en', 'LT')).toBe('Lithuania')
  })
})

describe('strategy status', () => {
  const now = new Date('2026-11-22T12:00:00Z')
  it('is current within its period', () =>
    expect(strategyStatus({ from: 2022, to: 2026 }, undefined, now)).toBe('current'))
  it('is expired after its period', () =>
    expect(strategyStatus({ from: 2018, to: 2021 }, undefined, now)).toBe('expired'))
  it('is upcoming before its period', () =>
    expect(strategyStatus({ from: 2027, to: 2030 }, undefined, now)).toBe('upcoming'))
  it('ends with the county that adopted it', () =>
    expect(strategyStatus({ from: 2020, to: 2030 }, 2023, now)).toBe('expired'))
})
