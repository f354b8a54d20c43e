/**
 * Each county council's memberships, written by hand from the sources each network file
 * cites (the network's own pages, the councils' pages and annual reports, read 2026-12-06),
 * held against what the content produces. A membership added, dropped or moved in the
 * content without its source fails here, in every language.
 */
import { describe, expect, it } from 'vitest'
import { getCounties, networksOfCounty } from '@/lib/content'
import { LANGS } from '@/lib/i18n'

const MEMBERSHIPS: Record<string, string[]> = {
  // Living county councils (2024–).
  oslo: ['ostlandssamarbeidet'], // ostlandssamarbeidet.no: the 2024 agreement names Oslo
  akershus: ['ostlandssamarbeidet'],
  buskerud: ['ostlandssamarbeidet'],
  ostfold: ['ostlandssamarbeidet'],
  innlandet: ['grensekomiteen-innlandet-dalarna', 'ostlandssamarbeidet'],
  vestfold: ['ostlandssamarbeidet'],
  telemark: ['ostlandssamarbeidet'],
  agder: ['sorlandets-europakontor'], // wound up in 2021: its former majority owner
  rogaland: ['stavangerregionens-europakontor', 'vestlandsradet'],
  vestland: ['vest-norges-brusselkontor', 'vestlandsradet'],
  'more-og-romsdal': ['north-sea-commission', 'vest-norges-brusselkontor', 'vestlandsradet'],
  // No membership of Trøndelag fylkeskommune (2018–) was found in a source about it.
  trondelag: [],
  nordland: [
    'aer',
    'barents-regional-council',
    'midtskandia',
    'nordkalottradet',
    'north-norway-european-office',
    'norwegian-barents-secretariat',
    'nspa',
  ],
  troms: [
    'barents-regional-council',
    'north-norway-european-office',
    'norwegian-barents-secretariat',
  ],
  finnmark: [
    'barents-regional-council',
    'north-norway-european-office',
    'norwegian-barents-secretariat',
  ],
  // Dissolved councils, for their years.
  viken: ['aer', 'oslo-region-european-office', 'ostlandssamarbeidet', 'svinesundskomiteen'],
  'vestfold-og-telemark': [
    'north-sea-commission',
    'oslo-region-european-office',
    'ostlandssamarbeidet',
  ],
  'troms-og-finnmark': [
    'barents-regional-council',
    'north-norway-european-office',
    'norwegian-barents-secretariat',
    'nspa',
  ],
}

describe("each county council's memberships", () => {
  it.each(Object.keys(MEMBERSHIPS))('%s, in every language', (county) => {
    for (const lang of LANGS) {
      const ids = networksOfCounty(lang, county).map((n) => n.id)
      expect(ids.sort(), `${county} (${lang})`).toEqual(MEMBERSHIPS[county])
    }
  })

  it('covers every county council on the site', () => {
    expect(
      getCounties('nb')
        .map((c) => c.id)
        .sort(),
    ).toEqual(Object.keys(MEMBERSHIPS).sort())
  })
})
