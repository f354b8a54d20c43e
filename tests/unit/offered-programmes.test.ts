/**
 * A programme that takes no applications (closed: no further calls announced; discontinued)
 * is never offered as one to apply to: not in any county's "can apply" list, and not among
 * the finder's results, for any region or theme, in any language. It may be named apart.
 */
import { describe, expect, it } from 'vitest'
import { countyProgrammeLists, getCounties, getProgrammes } from '@/lib/content'
import { REGIONS, THEMES } from '@/lib/content/model'
import { LANGS } from '@/lib/i18n'
import { offeredProgrammes, takesApplications } from '@/lib/programmes/applications'
import { fittingProgrammes } from '@/lib/programmes/finder'
import { NOT_TAKING_APPLICATIONS } from '../programme-catalogue'

describe('the rule', () => {
  it('offers open programmes and those with no call now, never closed or discontinued ones', () => {
    expect(takesApplications('open')).toBe(true)
    expect(takesApplications('on-hold')).toBe(true)
    expect(takesApplications('closed')).toBe(false)
    expect(takesApplications('discontinued')).toBe(false)
  })
})

describe.each(LANGS)('no closed or discontinued programme is offered (%s)', (lang) => {
  const programmes = getProgrammes(lang)
  const notTaking = programmes.filter((p) => !takesApplications(p.status)).map((p) => p.id)

  it('the content has them as the sources say: Interreg Europe closed, Kolarctic discontinued', () => {
    expect(notTaking.sort()).toEqual([...NOT_TAKING_APPLICATIONS].sort())
    expect(programmes.find((p) => p.id === 'interreg-europe')?.status).toBe('closed')
    expect(programmes.find((p) => p.id === 'kolarctic')?.status).toBe('discontinued')
  })

  it.each(REGIONS.map((r) => [r]))('%s: not among the finder results, for any theme', (region) => {
    for (const theme of [undefined, ...THEMES]) {
      const ids = fittingProgrammes(programmes, { region, theme }).map((p) => p.id)
      for (const id of NOT_TAKING_APPLICATIONS) expect(ids, `${region} ${theme}`).not.toContain(id)
    }
  })

  it('not among the finder results without a filter (the list the page shows)', () => {
    const ids = offeredProgrammes(programmes).map((p) => p.id)
    const unfiltered = fittingProgrammes(programmes, {}).map((p) => p.id)
    for (const id of NOT_TAKING_APPLICATIONS) {
      expect(ids).not.toContain(id)
      expect(unfiltered).not.toContain(id)
    }
  })

  it("not in any county's 'can apply' list, but named apart where it covers the county", () => {
    const nordland = countyProgrammeLists(lang, 'nordland')
    expect(nordland.canApply.map((i) => i.programme.id)).not.toContain('kolarctic')
    expect(nordland.notTakingApplications.map((i) => i.programme.id)).toEqual(
      expect.arrayContaining(['kolarctic', 'interreg-europe']),
    )
    for (const county of getCounties(lang)) {
      const ids = countyProgrammeLists(lang, county.id).canApply.map((i) => i.programme.id)
      for (const id of NOT_TAKING_APPLICATIONS) expect(ids, county.id).not.toContain(id)
    }
  })
})
