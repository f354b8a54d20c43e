/**
 * The region → programme table the content produces, held against the table written by
 * hand from the 2021–2027 sources in tests/programme-catalogue.ts (sources cited there).
 */
import { describe, expect, it } from 'vitest'
import { getProgrammes } from '@/lib/content'
import { REGIONS } from '@/lib/content/model'
import { LANGS } from '@/lib/i18n'
import { coversAllCounties, fittingProgrammes, regionPart } from '@/lib/programmes/finder'
import { BY_REGION, CATALOGUE, EUROPE, PARTLY } from '../programme-catalogue'

describe.each(LANGS)('the programme catalogue by region (%s)', (lang) => {
  const programmes = getProgrammes(lang)

  it('has the whole 2021–2027 catalogue', () => {
    expect(programmes.map((p) => p.id).sort()).toEqual([...CATALOGUE].sort())
  })

  it.each(REGIONS.map((r) => [r]))(
    '%s: the finder shows the programmes the sources name',
    (region) => {
      expect(
        fittingProgrammes(programmes, { region })
          .map((p) => p.id)
          .sort(),
      ).toEqual([...BY_REGION[region]].sort())
    },
  )

  it('notes the part of a region that is only partly in the area, and no other', () => {
    const found = Object.fromEntries(
      programmes
        .filter((p) => (p.regionParts ?? []).length > 0)
        .map((p) => [p.id, REGIONS.filter((r) => regionPart(p, r)).sort()]),
    )
    expect(found).toEqual(PARTLY)
  })

  it('says "all of Norway" for exactly the Europe-wide programmes', () => {
    expect(
      programmes
        .filter(coversAllCounties)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...EUROPE].sort())
  })

  it('Kolarctic is discontinued and shown for no region', () => {
    expect(programmes.find((p) => p.id === 'kolarctic')?.status).toBe('discontinued')
    for (const region of REGIONS)
      expect(fittingProgrammes(programmes, { region }).map((p) => p.id)).not.toContain('kolarctic')
  })

  it('a Sámi culture project in Trøndelag finds Interreg Aurora (sub-area Sápmi)', () => {
    expect(
      fittingProgrammes(programmes, { region: 'trondelag', theme: 'sami' }).map((p) => p.id),
    ).toContain('interreg-aurora')
    expect(
      fittingProgrammes(programmes, { region: 'trondelag', theme: 'culture' }).map((p) => p.id),
    ).toContain('interreg-aurora')
  })
})
