/**
 * The county map's data (../shared/maps/fylker-2024.json, from Kartverket; lib/maps/county-data.ts):
 * the 15 counties of 2024 by their numbers, small, drawn in whole units within a budget; and the
 * strategy a county page shows (lib/content/status.ts). The data file is kept beside the project,
 * not in it: where it is absent, the data's tests are skipped and say so.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { geoContains } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { strategyToShow } from '@/lib/content/status'
import { COUNTY_DATA_FILE } from '@/lib/maps/county-data'
import { areaBounds } from '@/lib/maps/frames'
import { COUNTY_NUMBERS, drawNorwayFrame, norwayShapes, regionBounds } from '@/lib/maps/norway'

const FILE = COUNTY_DATA_FILE
const present = existsSync(FILE)
const data = (present ? JSON.parse(readFileSync(FILE, 'utf8')) : undefined) as Topology<{
  counties: GeometryCollection<{ name: string }>
}>

// Reason for the skip: the Kartverket data is not in the project (lib/maps/county-data.ts).
describe.skipIf(!present)(`the county data (${FILE})`, () => {
  it('is a small file', () => {
    expect(statSync(FILE).size).toBeLessThan(200_000)
  })

  it('has the 15 counties of 2024 by Kartverket number and name', () => {
    const byNumber = Object.fromEntries(
      data.objects.counties.geometries.map((g) => [g.id, (g.properties as { name: string }).name]),
    )
    // As the source names them: Fylker-S.topojson of robhop/fylker-og-kommuner, `fylkesnummer` and `name`.
    expect(byNumber).toEqual({
      '03': 'Oslo',
      '11': 'Rogaland',
      '15': 'Møre og Romsdal',
      '18': 'Nordland',
      '31': 'Østfold',
      '32': 'Akershus',
      '33': 'Buskerud',
      '34': 'Innlandet',
      '39': 'Vestfold',
      '40': 'Telemark',
      '42': 'Agder',
      '46': 'Vestland',
      '50': 'Trøndelag',
      '55': 'Troms',
      '56': 'Finnmark',
    })
    expect(Object.values(COUNTY_NUMBERS).sort()).toEqual(Object.keys(byNumber).sort())
  })

  it('puts each county seat in its county', () => {
    const shapes = feature(data, data.objects.counties).features
    const shapeOf = (number: string) => shapes.find((f) => f.id === number)!
    // Town centres to two decimals, as the content's locations are written.
    expect(geoContains(shapeOf('46'), [5.32, 60.39])).toBe(true) // Bergen
    expect(geoContains(shapeOf('18'), [14.4, 67.28])).toBe(true) // Bodø
    expect(geoContains(shapeOf('03'), [10.75, 59.91])).toBe(true) // Oslo
    expect(geoContains(shapeOf('32'), [10.75, 59.91])).toBe(false)
  })
})

describe.skipIf(!present)('drawing the counties (needs the county data)', () => {
  it('draws all 15 in whole units, within a few kilobytes', () => {
    const drawn = drawNorwayFrame(340)
    const { regions } = norwayShapes(drawn)
    expect(regions.map((r) => r.region).sort()).toEqual(Object.keys(COUNTY_NUMBERS).sort())
    const paths = regions.map((r) => r.d).join('')
    expect(paths).not.toMatch(/\d\.\d/)
    for (const r of regions) expect(r.d, r.region).toMatch(/^M\d+ \d+l/)
    expect(gzipSync(paths).length).toBeLessThan(14_000)
  })

  it("fits a programme's frame to its Norwegian counties, not to all of Norway", () => {
    const [, south, , north] = areaBounds(['SE', 'DK', 'NO'], regionBounds(['agder', 'oslo']))
    expect(south).toBeLessThan(55.5) // Denmark
    expect(north).toBeLessThan(71) // Sweden's north, not Svalbard
    const [, , , withSvalbard] = areaBounds(['NO'], regionBounds(['nordland', 'svalbard']))
    expect(withSvalbard).toBeGreaterThan(80)
  })
})

describe('the strategy a county page shows', () => {
  const today = new Date('2026-12-06')
  const strategy = (id: string, from: number, to: number) => ({ id, period: { from, to } })

  it('is the one that applies now', () => {
    const shown = strategyToShow(
      [strategy('old', 2015, 2019), strategy('now', 2022, 2026), strategy('next', 2027, 2030)],
      undefined,
      today,
    )
    expect(shown).toEqual({ strategy: strategy('now', 2022, 2026), status: 'current' })
  })

  it('is the newest, expired, when every period has ended', () => {
    const shown = strategyToShow(
      [strategy('older', 2012, 2016), strategy('old', 2017, 2020)],
      undefined,
      today,
    )
    expect(shown).toEqual({ strategy: strategy('old', 2017, 2020), status: 'expired' })
  })

  it('is expired when the county that adopted it was dissolved', () => {
    expect(strategyToShow([strategy('plan', 2020, 2030)], 2023, today)?.status).toBe('expired')
  })

  it('is the next one when none applies yet', () => {
    expect(strategyToShow([strategy('next', 2027, 2030)], undefined, today)?.status).toBe(
      'upcoming',
    )
  })

  it('is nothing when the county has none', () => {
    expect(strategyToShow([], undefined, today)).toBeUndefined()
  })
})
