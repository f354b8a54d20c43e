/**
 * The content checker (npm run check) on one fixture per mistake an editor can make:
 * each must print exactly the lines in its expected.txt, naming the file, and exit
 * non-zero (a pending translation is the one warning: exit 0). Runs the real command.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { checkContent, isError } from '@/lib/content/validate'
import { runCheck } from '@/lib/content/validate/report'
import { formatProblem } from '@/lib/content/problems'

const root = process.cwd()
const FIXTURES = join(root, 'tests/fixtures/content-errors')
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs')
const run = promisify(execFile)
// The fixtures' dates are fixed, so the checker's idea of today is too (the review queue warns as time passes).
const TODAY = '2026-12-02'

/** Runs the checker as `npm run check` does, from the fixture folder (so files read content/…), capturing what it prints. */
function check(dir: string): { code: number; lines: string[]; output: string } {
  const printed: string[] = []
  const code = runCheck(['content'], { error: (t) => printed.push(t), log: (t) => printed.push(t) }, { cwd: dir, today: TODAY })
  const output = printed.join('\n')
  return { code, output, lines: output.split('\n').filter((l) => l.startsWith('content/')) }
}

/** The real command, in its own process: its exit code is what stops the build. */
async function checkCommand(dir: string): Promise<{ code: number; output: string }> {
  try {
    const r = await run(process.execPath, [TSX, join(root, 'scripts/check-content.ts'), '--today', TODAY, 'content'], { cwd: dir })
    return { code: 0, output: r.stdout + r.stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, output: err.stdout + err.stderr }
  }
}

const expectedLines = (dir: string) => readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean)
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

describe('npm run check on a fixture per mistake', () => {
  it('has a fixture for every mistake the issue lists', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'missing-required-field', 'wrong-type', 'not-allowed-value', 'unknown-field',
        'unknown-county', 'unknown-network', 'unknown-programme', 'unknown-contact',
        'duplicate-slug', 'duplicate-id', 'missing-translation', 'pending-translation',
        'period-end-before-start', 'checked-in-future', 'invalid-date', 'bad-email', 'bad-phone',
        'url-not-https', 'missing-sources', 'raw-html', 'broken-site-link', 'duplicate-priority-id', 'missing-status-note',
        'unknown-region', 'unknown-strand', 'region-part-outside-regions', 'point-in-wrong-country', 'point-at-sea',
      ]),
    )
  })

  it.each(cases)('%s: prints exactly the expected problems, naming the file', (name) => {
    const dir = join(FIXTURES, name)
    const { code, lines, output } = check(dir)
    const expected = expectedLines(dir)
    expect(expected.length, 'expected.txt is not empty').toBeGreaterThan(0)
    expect(lines, output).toEqual(expected)
    for (const line of lines) expect(existsSync(join(dir, line.split(': ')[0])), line).toBe(true)
    if (name === 'pending-translation') {
      expect(code).toBe(0)
      expect(output).toContain('Warnings (the build goes on):')
    } else {
      expect(code).toBe(1)
      expect(output).toMatch(/✖ \d+ errors?/)
    }
  })

  it('reports every problem in a folder in one run, and the command exits 1', async () => {
    const { code, lines } = check(join(FIXTURES, 'many-problems'))
    expect(code).toBe(1)
    const command = await checkCommand(join(FIXTURES, 'many-problems'))
    expect(command.code).toBe(1)
    expect(command.output.split('\n').filter((l) => l.startsWith('content/'))).toEqual(lines)
    expect(lines).toHaveLength(10)
    expect(new Set(lines.map((l) => l.split(': ')[0]))).toEqual(
      new Set(['content/agreements/nb/testavtale.md', 'content/contacts/nb/testkontakt.md', 'content/counties/nb/testfylke.md']),
    )
    expect(lines.map((l) => l.split(': ')[1])).toEqual(
      expect.arrayContaining(['status', 'through', 'email', 'phone', 'checked', 'founded', 'website', 'id', 'body, line 13']),
    )
  }, 60_000)

  it('exits 0 with only a warning', async () => {
    const { code, output } = await checkCommand(join(FIXTURES, 'pending-translation'))
    expect(output).toContain('translation: the en translation is pending')
    expect(code).toBe(0)
  }, 60_000)
})

describe('the real content', () => {
  it('passes the checker with no errors', () => {
    const problems = checkContent(['content']).filter(isError)
    expect(problems.map(formatProblem)).toEqual([])
  })

  it('finds a site link in a body that goes nowhere, and accepts one that exists', () => {
    const dir = join(FIXTURES, 'broken-site-link')
    const problems = checkContent([join(dir, 'content')], { cwd: dir })
    expect(problems.map((p) => p.message)).toEqual(['the link /nb/avtaler/finnes-ikke/ goes to a page that does not exist'])
  })
})
