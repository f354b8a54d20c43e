/**
 * The pieces behind the checker's friendlier messages: the catalogue in both languages,
 * the dates that do not exist, the nearest name for a misspelling, and the term list
 * (each rule of the dictionary in docs/termliste.md and proved by a fixture).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CATALOGUES, checkLangOf, render, say } from '@/lib/checker/messages'
import { formatProblem } from '@/lib/content/problems'
import { dateProblem } from '@/lib/checker/validate/formats'
import { nearest } from '@/lib/checker/validate/suggest'
import { TERMS_DICTIONARY, termHits } from '@/lib/checker/validate/terms'

describe('the message catalogue', () => {
  it('words one problem in Norwegian by default and in English on request, with file, line and field', () => {
    const problem = {
      file: 'content/counties/nb/x.md',
      field: 'sorces',
      line: 7,
      ...say('notAField', {
        name: 'sorces',
        of: 'County',
        fields: ['sources'],
        suggestion: 'sources',
      }),
    }
    expect(formatProblem(problem)).toBe(
      'content/counties/nb/x.md:7: sorces: er ikke et felt i en fylkeskommune – mente du «sources»? (feltene er: sources)',
    )
    expect(formatProblem(problem, 'en')).toBe(
      'content/counties/nb/x.md:7: sorces: is not a field of a county; did you mean "sources"? (the fields are: sources)',
    )
  })

  it('has the same messages in both languages', () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.nb).sort())
    for (const group of ['part', 'report', 'translations', 'scaffold'] as const)
      expect(Object.keys(CATALOGUES.en[group]).sort()).toEqual(
        Object.keys(CATALOGUES.nb[group]).sort(),
      )
  })

  it('takes the language from --lang, --lang=, or CHECK_LANG, and Norwegian otherwise', () => {
    const args = ['content', '--lang', 'en']
    expect(checkLangOf(args, {})).toBe('en')
    expect(args).toEqual(['content'])
    expect(checkLangOf(['--lang=en'], {})).toBe('en')
    expect(checkLangOf([], { CHECK_LANG: 'en' })).toBe('en')
    expect(checkLangOf(['--lang', 'nb'], { CHECK_LANG: 'en' })).toBe('nb')
    expect(checkLangOf([], {})).toBe('nb')
    expect(() => checkLangOf(['--lang', 'sv'], {})).toThrow(/"sv" is not a language/)
  })
})

describe('dates that do not exist', () => {
  const said = (v: unknown, partial = false) => {
    const f = dateProblem(v, partial)
    return f && render(f, 'nb').message
  }
  it('names the month and its days, leap years included', () => {
    expect(said('2026-02-30')).toBe('2026-02-30 finnes ikke: februar 2026 har 28 dager')
    expect(said('2023-02-29', true)).toBe('2023-02-29 finnes ikke: februar 2023 har 28 dager')
    expect(said('2024-02-29')).toBeUndefined()
    expect(said('2026-04-31')).toBe('2026-04-31 finnes ikke: april 2026 har 30 dager')
    expect(said('2021-13', true)).toBe('2021-13 finnes ikke: det er ingen måned 13')
    expect(render(dateProblem('2026-02-30')!, 'en').message).toBe(
      '2026-02-30 does not exist: February 2026 has 28 days',
    )
  })
  it('takes a year without quotes where a year is enough, and not where a full date is needed', () => {
    expect(said(2025, true)).toBeUndefined()
    expect(said('2025', true)).toBeUndefined()
    expect(said(2025)).toBe('2025 er ikke en dato')
    expect(said('22.11.2026')).toBe('«22.11.2026» er ikke en dato')
  })
})

describe('the nearest name', () => {
  it('suggests a near field, id or value, and nothing when nothing is near', () => {
    expect(nearest('websight', ['id', 'title', 'website', 'office'])).toBe('website')
    expect(nearest('Website', ['website'])).toBe('website')
    expect(nearest('activ', ['active', 'on-hold', 'ended'])).toBe('active')
    expect(nearest('testfylk', ['testfylke', 'nordland'])).toBe('testfylke')
    expect(nearest('kolonne', ['id', 'title', 'website'])).toBeUndefined()
    expect(nearest(12345, ['id'])).toBeUndefined()
  })
})

describe('the term list', () => {
  const rules = (
    parse(readFileSync(TERMS_DICTIONARY, 'utf8')) as {
      rules: { expected: string; pattern: string; prh?: string }[]
    }
  ).rules
  const preferred = (r: { expected: string }) => r.expected.replace(/^\$1 /, '')
  const doc = readFileSync(join(process.cwd(), 'docs/termliste.md'), 'utf8')
  const fixtures = join(process.cwd(), 'tests/fixtures/content-errors')
  const termWarnings = readdirSync(fixtures)
    .filter((d) => d.startsWith('term-'))
    .flatMap((d) => readFileSync(join(fixtures, d, 'expected.txt'), 'utf8').split('\n'))

  it.each(rules.map((r) => [preferred(r), r] as const))(
    '%s: is in docs/termliste.md, has a reason, and a fixture proves it',
    (word, rule) => {
      expect(doc.toLowerCase()).toContain(`| ${word.toLowerCase()}`)
      expect(rule.prh, 'the reason shown with the warning').toBeTruthy()
      expect(
        termWarnings.some(
          (l) =>
            l.toLowerCase().includes(`skriv «${word.toLowerCase()}`) ||
            l.toLowerCase().includes(` ${word.toLowerCase()}»`),
        ),
      ).toBe(true)
    },
  )

  it('leaves right uses alone: the plural "programmer", other compounds, "fylker" inside a sentence', async () => {
    expect(
      await termHits(
        'Alle programmer, andre programområder og ni programperioder. Programmet dekker tre fylker.',
        'text',
      ),
    ).toEqual([])
    expect(await termHits('> «Samarbeidet er satt på vent», skrev kilden.', 'markdown')).toEqual([])
    expect(
      (await termHits('Se `satt på vent` i koden.\n\nAvtalen er *satt på vent*.', 'markdown')).map(
        (h) => [h.line, h.found],
      ),
    ).toEqual([[3, 'satt på vent']])
  })
})
