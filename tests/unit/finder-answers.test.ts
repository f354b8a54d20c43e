import { describe, expect, it } from 'vitest'
import {
  allFinderAnswers,
  finderAnswerHref,
  parseFinderAnswer,
} from '../../lib/programmes/finder-answers'
import { REGIONS, THEMES } from '../../lib/content/vocabulary'
import { renderRedirects } from '../../scripts/deploy/static-host'
import { renderNginx } from '../../scripts/deploy/nginx'

describe("the finder's answer pages", () => {
  it('have an address for an area, an area and a theme, and a theme in any area', () => {
    expect(finderAnswerHref('nb', { region: 'telemark' })).toBe('/nb/finn-program/telemark/')
    expect(finderAnswerHref('nb', { region: 'telemark', theme: 'transport' })).toBe(
      '/nb/finn-program/telemark/transport/',
    )
    expect(finderAnswerHref('nn', { theme: 'energy' })).toBe('/nn/finn-program/alle-omrade/energy/')
    expect(finderAnswerHref('en', { theme: 'energy' })).toBe(
      '/en/find-a-programme/any-area/energy/',
    )
  })

  it('read their choice back from the address, and nothing else', () => {
    expect(parseFinderAnswer('nb', 'telemark', 'transport')).toEqual({
      region: 'telemark',
      theme: 'transport',
    })
    expect(parseFinderAnswer('nb', 'alle-omrader', 'sami')).toEqual({ theme: 'sami' })
    expect(parseFinderAnswer('nb', 'alle-omrader')).toBeUndefined()
    expect(parseFinderAnswer('nb', 'atlantis')).toBeUndefined()
    expect(parseFinderAnswer('nb', 'telemark', 'atlantis')).toBeUndefined()
    // Another language's word for "any area" is not this language's.
    expect(parseFinderAnswer('nb', 'any-area', 'sami')).toBeUndefined()
  })

  it('cover every choice of the form but "all" (areas and themes from the vocabulary)', () => {
    const answers = allFinderAnswers()
    // Each area and "any area", times each theme and "any theme", less "any and any".
    expect(answers).toHaveLength((REGIONS.length + 1) * (THEMES.length + 1) - 1)
    expect(answers).toContainEqual({ region: 'svalbard', theme: 'sami' })
    expect(new Set(answers.map((a) => finderAnswerHref('nb', a))).size).toBe(answers.length)
  })
})

describe("the web server answers the form's query with the answer page", () => {
  it('nginx: a rewrite (no redirect) on the finder page of each language', () => {
    const conf = renderNginx({ scriptHashes: [], styleHashes: [] }, { root: '/srv' })
    expect(conf).toContain('map "$arg_region:$arg_theme" $intsam_finder_answer {')
    expect(conf).toMatch(/"~\^\(agder\|[^"]*\|ostfold\):\$" "\$1\/";/)
    expect(conf).toContain('rewrite ^ /nb/finn-program/$intsam_finder_answer last;')
    expect(conf).toContain(
      'rewrite ^ /en/find-a-programme/any-area/$intsam_finder_theme_only last;',
    )
  })

  it('_redirects: the empty choices first, then the area and theme, with status 200', () => {
    const lines = renderRedirects().split('\n')
    const area = lines.indexOf(
      '/nb/finn-program/  region=telemark theme=  /nb/finn-program/telemark/  200',
    )
    const both = lines.indexOf(
      '/nb/finn-program/  region=:region theme=:theme  /nb/finn-program/:region/:theme/  200',
    )
    expect(area).toBeGreaterThan(-1)
    expect(both).toBeGreaterThan(area)
    expect(lines).toContain(
      '/nn/finn-program/  region= theme=sami  /nn/finn-program/alle-omrade/sami/  200',
    )
  })
})
