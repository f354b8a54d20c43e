/**
 * The content checker (npm run check) on one fixture per mistake an editor can make:
 * each must print exactly the lines in its expected.txt (in Norwegian, the default),
 * naming the file and line, and exit non-zero; the cases that are only warnings (a
 * pending translation, the term rules term-*) exit 0. Runs the real command.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { checkContent, isError } from '@/lib/checker/validate'
import { runCheck } from '@/lib/checker/validate/report'
import { formatProblem } from '@/lib/content/problems'
import { NODE_MODULES } from './node-modules'

const root = process.cwd()
const FIXTURES = join(root, 'tests/fixtures/content-errors')
const TSX = join(NODE_MODULES, 'tsx/dist/cli.mjs')
const run = promisify(execFile)
// The fixtures' dates are fixed, so the checker's idea of today is too (the review queue warns as time passes).
const TODAY = '2026-12-02'

/** A problem line: "file:line: field: …" or "file: field: …", for a content file or an interface text file. */
const PROBLEM_LINE = /^(content|lib)\/\S+\.(md|json)(:\d+)?: /
const problemLines = (output: string) => output.split('\n').filter((l) => PROBLEM_LINE.test(l))
/** The file a problem line names, without its line number. */
const fileOf = (line: string) => line.split(': ')[0].replace(/:\d+$/, '')

/** Runs the checker as `npm run check` does, from the fixture folder (so files read content/…), capturing what it prints. */
async function check(dir: string): Promise<{ code: number; lines: string[]; output: string }> {
  const printed: string[] = []
  const code = await runCheck(
    ['content'],
    { error: (t) => printed.push(t), log: (t) => printed.push(t) },
    { cwd: dir, today: TODAY },
  )
  const output = printed.join('\n')
  return { code, output, lines: problemLines(output) }
}

/** The real command, in its own process: its exit code is what stops the build. */
async function checkCommand(
  dir: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  try {
    const r = await run(
      process.execPath,
      [TSX, join(root, 'scripts/check-content.ts'), '--today', TODAY, 'content', ...args],
      { cwd: dir, env: { ...process.env, CHECK_LANG: '', ...env } },
    )
    return { code: 0, output: r.stdout + r.stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, output: err.stdout + err.stderr }
  }
}

const expectedLines = (dir: string) =>
  readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean)
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
/** The cases with warnings only: the build goes on. */
const warningsOnly = (name: string) => name === 'pending-translation' || name.startsWith('term-')

describe('npm run check on a document written in Nynorsk and English, with no Bokmål', () => {
  it('finds nothing wrong: Nynorsk is the Norwegian text of a council that writes it', async () => {
    const { code, output, lines } = await check(join(root, 'tests/fixtures/nynorsk-only'))
    expect(lines).toEqual([])
    expect(output).toContain('Innholdet er i orden')
    expect(code).toBe(0)
  })
})

describe('npm run check on a fixture per mistake', () => {
  it('has a fixture for every mistake the issue lists', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'missing-required-field',
        'wrong-type',
        'not-allowed-value',
        'unknown-field',
        'unknown-county',
        'unknown-network',
        'unknown-programme',
        'unknown-contact',
        'duplicate-slug',
        'duplicate-id',
        'missing-translation',
        // Norwegian is Bokmål or Nynorsk: a document with only English lacks both.
        'missing-norwegian',
        'pending-translation',
        'period-end-before-start',
        'checked-in-future',
        'invalid-date',
        'bad-email',
        'bad-phone',
        'url-not-https',
        'missing-sources',
        'raw-html',
        'broken-site-link',
        'duplicate-priority-id',
        'missing-status-note',
        'unknown-region',
        'unknown-strand',
        'region-part-outside-regions',
        'point-in-wrong-country',
        'point-at-sea',
        // The messages speak the editor's language: a suggestion, the line, a date that does not exist.
        'misspelled-field',
        'misspelled-id',
        'misspelled-value',
        'line-numbers',
        'impossible-date',
        'impossible-partial-date',
        // The site's own words (docs/termliste.md), one per rule, and the interface texts.
        'term-satt-pa-vent',
        'term-saerskilte-mal',
        'term-forvaltende-organisasjon',
        'term-programmer',
        'term-programmeringen',
        'term-fylkeskommuner',
        'term-interface',
        'term-siden-er-flyttet',
        'term-komma-leddsetning',
        'term-kyst-norge',
        'term-rollen-etter-navnet',
      ]),
    )
  })

  it.each(cases)(
    '%s: prints exactly the expected problems, naming the file',
    async (name) => {
      const dir = join(FIXTURES, name)
      const { code, lines, output } = await check(dir)
      const expected = expectedLines(dir)
      expect(expected.length, 'expected.txt is not empty').toBeGreaterThan(0)
      expect(lines, output).toEqual(expected)
      for (const line of lines) expect(existsSync(join(dir, fileOf(line))), line).toBe(true)
      if (warningsOnly(name)) {
        expect(code).toBe(0)
        expect(output).toContain('Advarsler (bygget går videre):')
        expect(output).not.toContain('Feil (')
      } else {
        expect(code).toBe(1)
        expect(output).toMatch(/✖ \d+ feil og \d+ advars/)
      }
    },
    30_000,
  )

  it('reports every problem in a folder in one run, and the command exits 1', async () => {
    const { code, lines } = await check(join(FIXTURES, 'many-problems'))
    expect(code).toBe(1)
    const command = await checkCommand(join(FIXTURES, 'many-problems'))
    expect(command.code).toBe(1)
    expect(problemLines(command.output)).toEqual(lines)
    expect(lines).toHaveLength(10)
    expect(new Set(lines.map(fileOf))).toEqual(
      new Set([
        'content/agreements/nb/testavtale.md',
        'content/contacts/nb/testkontakt.md',
        'content/counties/nb/testfylke.md',
      ]),
    )
    expect(lines.map((l) => l.split(': ')[1])).toEqual(
      expect.arrayContaining([
        'status',
        'through',
        'email',
        'phone',
        'checked',
        'founded',
        'website',
        'id',
        'teksten',
      ]),
    )
  }, 60_000)

  it('exits 0 with only a warning', async () => {
    const { code, output } = await checkCommand(join(FIXTURES, 'pending-translation'))
    expect(output).toContain(
      'translation: den engelske oversettelsen venter: lesere på engelsk ser denne teksten på /en/county-councils/testfylke/',
    )
    expect(output).toContain('✔ Innholdet er i orden (content), men se på 1 advarsel.')
    expect(code).toBe(0)
  }, 60_000)

  it('speaks English with --lang en and with CHECK_LANG=en, the same problems on the same lines', async () => {
    const dir = join(FIXTURES, 'misspelled-field')
    const nb = await checkCommand(dir)
    const flag = await checkCommand(dir, ['--lang', 'en'])
    const setting = await checkCommand(dir, [], { CHECK_LANG: 'en' })
    expect(nb.output).toContain('mente du «sources»?')
    expect(flag.code).toBe(1)
    expect(flag.output).toContain('Errors (the build stops until they are fixed):')
    expect(flag.output).toContain(`sorces: is not a field of a county; did you mean "sources"?`)
    expect(flag.output).toMatch(/✖ 2 errors, 0 warnings in content/)
    expect(setting.output).toBe(flag.output)
    const where = (out: string) =>
      problemLines(out).map((l) => l.split(': ').slice(0, 2).join(': '))
    expect(where(flag.output)).toEqual(where(nb.output).map((w) => w.replace('teksten', 'body')))
  }, 60_000)

  it('refuses a language it does not speak', async () => {
    const { code, output } = await checkCommand(join(FIXTURES, 'misspelled-field'), [
      '--lang',
      'de',
    ])
    expect(code).not.toBe(0)
    expect(output).toContain('"de" is not a language of the checker')
  }, 60_000)
})

describe('the real content', () => {
  it('passes the checker with no errors', () => {
    const problems = checkContent(['content']).filter(isError)
    expect(problems.map((p) => formatProblem(p))).toEqual([])
  }, 30_000)

  it('finds a site link in a body that goes nowhere, and accepts one that exists', () => {
    const dir = join(FIXTURES, 'broken-site-link')
    const problems = checkContent([join(dir, 'content')], { cwd: dir })
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['linkNowhere', { url: '/nb/avtaler/finnes-ikke/' }],
    ])
  })
})
