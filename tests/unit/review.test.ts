/**
 * The review queue (lib/checker/review): `npm run check` warns, and exits 0, on one
 * fixture per rule (tests/fixtures/review/<case>/expected.txt, exact lines), and
 * `npm run review` prints the queue oldest first, with file and reason, in Norwegian, or
 * in English with --lang en. "Today" is fixed, so the fixtures do not age.
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { reviewFindings } from '@/lib/checker/review'
import { loadContent } from '@/lib/checker/validate/load'
import { runCheck } from '@/lib/checker/validate/report'
import { NODE_MODULES } from './node-modules'

const root = process.cwd()
const FIXTURES = join(root, 'tests/fixtures/review')
const TSX = join(NODE_MODULES, 'tsx/dist/cli.mjs')
const TODAY = '2026-12-02'
const run = promisify(execFile)
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

async function check(dir: string) {
  const printed: string[] = []
  const code = await runCheck(
    ['content'],
    { error: (t) => printed.push(t), log: (t) => printed.push(t) },
    { cwd: dir, today: TODAY },
  )
  const output = printed.join('\n')
  return { code, output, lines: output.split('\n').filter((l) => l.startsWith('content/')) }
}

async function review(args: string[]) {
  const r = await run(
    process.execPath,
    [TSX, join(root, 'scripts/review.ts'), '--today', TODAY, ...args],
    { cwd: root },
  )
  return r.stdout
}

describe('npm run check warns about what needs a look', () => {
  it('has a fixture for every rule', () => {
    expect(cases.sort()).toEqual([
      'checked-stale',
      'holder-dissolved',
      'period-ended',
      'role-year-passed',
      'round-passed',
    ])
  })

  it.each(cases)('%s: prints exactly the expected warnings, and exits 0', async (name) => {
    const dir = join(FIXTURES, name)
    const { code, lines, output } = await check(dir)
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean)
    expect(expected.length).toBeGreaterThan(0)
    expect(lines, output).toEqual(expected)
    expect(code).toBe(0)
    expect(output).toContain('Advarsler (bygget går videre):')
  })

  it('a day later or earlier moves the line: checked on 2025-12-02 is due after 2026-12-02, not on it', () => {
    const { files } = loadContent(['content'], join(FIXTURES, 'checked-stale'))
    const due = (today: string) => reviewFindings(files, today).map((f) => `${f.file} ${f.since}`)
    expect(due('2026-12-02')).toEqual([
      'content/counties/en/testfylke.md 2026-11-30',
      'content/counties/nb/testfylke.md 2026-11-30',
    ])
    expect(due('2026-11-30')).toEqual([])
    expect(due('2026-12-03')).toHaveLength(4)
  })
})

describe('npm run review', () => {
  const dirs = cases.map((c) => join('tests/fixtures/review', c, 'content'))

  it('prints every finding, oldest first, with file, field, reason and what to do, in Norwegian', async () => {
    const out = await review(dirs)
    expect(out).toMatch(/^Til gjennomgang: 10 punkter, det eldste først \(i dag er 2026-12-02\)/)
    const items = [
      ...out.matchAll(
        /^(\d+)\. (\S+) \(siden (\d{4}-\d\d-\d\d)\)\n {3}(\S+): (.+)\n {3}Gjør dette: (.+)$/gm,
      ),
    ]
    expect(items).toHaveLength(10)
    const since = items.map((m) => m[3])
    expect(since).toEqual([...since].sort())
    expect(
      items.map((m) => `${m[3]} ${m[2].replace(/^tests\/fixtures\/review\//, '')} ${m[4]}`),
    ).toEqual([
      '2024-01-01 holder-dissolved/content/agreements/en/testavtale.md status',
      '2024-01-01 holder-dissolved/content/agreements/nb/testavtale.md status',
      '2025-01-01 period-ended/content/programmes/en/testprogram.md period.to',
      '2025-01-01 period-ended/content/programmes/nb/testprogram.md period.to',
      '2026-01-01 role-year-passed/content/networks/en/testnettverk.md members[0].role',
      '2026-01-01 role-year-passed/content/networks/nb/testnettverk.md members[0].role',
      '2026-11-15 round-passed/content/programmes/en/testprogram.md rounds[0].deadline',
      '2026-11-15 round-passed/content/programmes/nb/testprogram.md rounds[0].deadline',
      '2026-11-30 checked-stale/content/counties/en/testfylke.md checked',
      '2026-11-30 checked-stale/content/counties/nb/testfylke.md checked',
    ])
    expect(items[0][5]).toBe('status er active, men gammelfylke finnes ikke lenger (oppløst 2023)')
  }, 60_000)

  it('speaks English with --lang en', async () => {
    const out = await review(['--lang', 'en', ...dirs])
    expect(out).toMatch(/^To review: 10 items, oldest first \(today is 2026-12-02\)/)
    expect(out).toContain(
      '   status: status is active, but gammelfylke no longer exists (dissolved in 2023)\n   To do: find out whether a successor',
    )
    expect(out).toContain(
      'rounds[0].deadline: the deadline 2026-11-15 of "Høstrunden 2026" has passed',
    )
  }, 60_000)

  it('says so when nothing needs a look', async () => {
    const out = await review([
      '--today',
      '2026-11-01',
      join('tests/fixtures/review/checked-stale/content'),
    ])
    expect(out.trim()).toBe(
      'Ingenting å gå gjennom i dag (2026-11-01): alt er sammenlignet med kildene de siste 12 månedene, ingen periode, frist eller rolle har gått ut, og ingen status, kontakt, rolle eller fast frist bygger på en kilde eldre enn 18 måneder.',
    )
  }, 60_000)
})
