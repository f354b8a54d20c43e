import { describe, expect, it } from 'vitest'
import { getProgrammes } from '@/lib/content'
import { REGIONS, THEMES } from '@/lib/content/model'
import { LANGS } from '@/lib/i18n'
import { filtersQuery, fittingProgrammes, matchProgramme, parseFilters } from '@/lib/programmes/finder'

describe('finder filters in the URL', () => {
  it('reads known values and ignores unknown ones', () => {
    expect(parseFilters('?region=nordland&theme=energy')).toEqual({ region: 'nordland', theme: 'energy' })
    expect(parseFilters('region=atlantis&theme=energy')).toEqual({ theme: 'energy' })
    expect(parseFilters('')).toEqual({})
  })
  it('writes a query that reads back the same', () => {
    const f = { region: 'troms', theme: 'tourism' } as const
    expect(parseFilters(filtersQuery(f))).toEqual(f)
    expect(filtersQuery({})).toBe('')
  })
})

describe.each(LANGS)('finder matching on the content (%s)', (lang) => {
  const programmes = getProgrammes(lang)

  it('shows every programme when nothing is chosen', () => {
    expect(fittingProgrammes(programmes, {})).toHaveLength(programmes.length)
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

  it('Nordland and climate: NORA, NPA and Aurora fit, discontinued Kolarctic does not', () => {
    const ids = fittingProgrammes(programmes, { region: 'nordland', theme: 'climate-environment' }).map((p) => p.id)
    expect(ids.sort()).toEqual(['interreg-aurora', 'interreg-npa', 'nora'])
  })

  it('Nordland and energy: only NORA has an energy priority', () => {
    expect(fittingProgrammes(programmes, { region: 'nordland', theme: 'energy' }).map((p) => p.id)).toEqual(['nora'])
  })

  it('an area outside every programme (Oslo) gets nothing', () => {
    expect(fittingProgrammes(programmes, { region: 'oslo' })).toEqual([])
  })

  it('says why: the eligible area and the priorities that match', () => {
    const npa = programmes.find((p) => p.id === 'interreg-npa')!
    const m = matchProgramme(npa, { region: 'svalbard', theme: 'governance' })
    expect(m.eligible).toBe(true)
    expect(m.priorities).toEqual(npa.priorities.filter((pr) => pr.themes.includes('governance')).map((pr) => pr.id))
    expect(m.priorities.length).toBeGreaterThan(0)
    expect(matchProgramme(npa, { region: 'rogaland' }).eligible).toBe(false)
  })
})
