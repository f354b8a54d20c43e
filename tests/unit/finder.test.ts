import { offeredProgrammes } from '@/lib/programmes/applications'
import { describe, expect, it } from 'vitest'
import { getProgrammes } from '@/lib/content'
import { REGIONS, THEMES } from '@/lib/content/model'
import { LANGS } from '@/lib/i18n'
import {
  COUNTY_REGIONS,
  coversAllCounties,
  filtersQuery,
  fittingProgrammes,
  matchProgramme,
  parseFilters,
  regionPart,
  unknownFilters,
  type Matchable,
} from '@/lib/programmes/finder'

describe('finder filters in the URL', () => {
  it('reads known values and ignores unknown ones', () => {
    expect(parseFilters('?region=nordland&theme=energy')).toEqual({
      region: 'nordland',
      theme: 'energy',
    })
    expect(parseFilters('region=atlantis&theme=energy')).toEqual({ theme: 'energy' })
    expect(parseFilters('')).toEqual({})
  })
  it('names the unknown ones, so the page can say so instead of silently showing more', () => {
    expect(unknownFilters('region=atlantis&theme=energy')).toEqual([
      { name: 'region', value: 'atlantis' },
    ])
    expect(unknownFilters('region=nordland&theme=fishing')).toEqual([
      { name: 'theme', value: 'fishing' },
    ])
    expect(unknownFilters('region=&theme=sami')).toEqual([])
  })
  it('writes a query that reads back the same', () => {
    const f = { region: 'troms', theme: 'tourism' } as const
    expect(parseFilters(filtersQuery(f))).toEqual(f)
    expect(filtersQuery({})).toBe('')
  })
})

describe('the matching rule', () => {
  const northern: Matchable = {
    status: 'open',
    regions: ['nordland', 'troms', 'trondelag'],
    regionParts: [{ region: 'trondelag', part: 'the Sámi sub-area' }],
    priorities: [
      { id: 'green', themes: ['climate-environment'] },
      { id: 'culture', themes: ['culture', 'sami'] },
    ],
  }
  const everywhere: Matchable = {
    status: 'open',
    regions: [...REGIONS],
    priorities: [{ id: 'learn', themes: ['governance'] }],
  }
  const closed: Matchable = {
    status: 'discontinued',
    regions: ['nordland'],
    priorities: [{ id: 'all', themes: [...THEMES] }],
  }

  it('fits on area, theme and status together, and says which priorities match', () => {
    expect(matchProgramme(northern, { region: 'trondelag', theme: 'sami' })).toEqual({
      eligible: true,
      priorities: ['culture'],
      takesApplications: true,
      fits: true,
    })
    expect(matchProgramme(northern, { region: 'oslo', theme: 'sami' }).fits).toBe(false)
    expect(matchProgramme(northern, { region: 'nordland', theme: 'energy' }).fits).toBe(false)
    expect(matchProgramme(closed, { region: 'nordland' }).fits).toBe(false)
    expect(matchProgramme(closed, {}).fits).toBe(false) // never a result, filter or not (lib/programmes/applications.ts)
  })

  it('a choice with no programme gives an empty list (the page then shows the next step)', () => {
    expect(
      fittingProgrammes([northern, everywhere, closed], { region: 'oslo', theme: 'energy' }),
    ).toEqual([])
  })

  it('knows which part of a region can take part', () => {
    expect(regionPart(northern, 'trondelag')).toBe('the Sámi sub-area')
    expect(regionPart(northern, 'nordland')).toBeUndefined()
  })

  it('"all of Norway" means every county listed, none only in part', () => {
    expect(COUNTY_REGIONS).not.toContain('svalbard')
    expect(coversAllCounties(everywhere)).toBe(true)
    expect(coversAllCounties({ regions: COUNTY_REGIONS })).toBe(true)
    expect(coversAllCounties({ regions: COUNTY_REGIONS.filter((r) => r !== 'oslo') })).toBe(false)
    expect(
      coversAllCounties({
        regions: COUNTY_REGIONS,
        regionParts: [{ region: 'akershus', part: 'some municipalities' }],
      }),
    ).toBe(false)
  })
})

describe.each(LANGS)('finder matching on the content (%s)', (lang) => {
  const programmes = getProgrammes(lang)

  it('shows every programme that takes applications when nothing is chosen', () => {
    expect(fittingProgrammes(programmes, {})).toEqual(offeredProgrammes(programmes))
  })

  it('only ever shows open programmes whose area and priorities fit', () => {
    for (const region of REGIONS)
      for (const theme of THEMES) {
        for (const p of fittingProgrammes(programmes, { region, theme })) {
          expect(p.regions).toContain(region)
          expect(p.priorities.some((pr) => pr.themes.includes(theme))).toBe(true)
          expect(p.status).not.toBe('discontinued')
        }
      }
  })

  it("every part of a region is in the programme's area", () => {
    for (const p of programmes)
      for (const rp of p.regionParts ?? []) expect(p.regions).toContain(rp.region)
  })
})
