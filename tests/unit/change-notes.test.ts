/**
 * The checker's change-note warning (lib/checker/validate/changes.ts): a fictional programme
 * (tests/fixtures/change-notes/) committed in a temporary git repository, its status then
 * changed in the working tree. Without a change note `npm run check` warns, in Norwegian and
 * in English, naming file, line and field; with a note dated after the last commit (or today)
 * it says nothing; a note from before the last commit does not count.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/checker/validate'
import { formatProblem } from '@/lib/content/problems'

const FIXTURE = join(process.cwd(), 'tests/fixtures/change-notes/content')
const FILE = 'content/programmes/nb/testprogram.md'
const TODAY = '2026-12-02'
let repo: string

function git(...args: string[]) {
  execFileSync('git', args, {
    cwd: repo,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_AUTHOR_DATE: '2026-11-20T12:00:00+01:00',
      GIT_COMMITTER_DATE: '2026-11-20T12:00:00+01:00',
    },
  })
}

const committed = () => readFileSync(join(FIXTURE, 'programmes/nb/testprogram.md'), 'utf8')

/** The fixture with its status changed to on-hold (and the note that status needs), plus any front matter lines. */
function writeChanged(extra = '') {
  const text = committed()
    .replace('status: open\n', 'status: on-hold\nstatusNote: Testprogrammet er satt på vent.\n')
    .replace('\n---\n\nTesttekst.', `\n${extra}---\n\nTesttekst.`)
  writeFileSync(join(repo, FILE), text)
}

const warnings = (lang: 'nb' | 'en' = 'nb') =>
  checkContent(['content'], { cwd: repo, today: TODAY })
    .filter((p) => p.code === 'changeNoteMissing')
    .map((p) => formatProblem(p, lang))

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'change-notes-'))
  cpSync(FIXTURE, join(repo, 'content'), { recursive: true })
  git('init', '-q')
  git('add', '.')
  git('commit', '-q', '-m', 'Testprogram')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('npm run check and change notes', () => {
  it('says nothing while the file is as committed', () => {
    writeFileSync(join(repo, FILE), committed())
    expect(warnings()).toEqual([])
  })

  it('warns when the status changed in the working tree and there is no note', () => {
    writeChanged()
    expect(warnings()).toEqual([
      'content/programmes/nb/testprogram.md:15: status: status er endret siden filen sist ble lagret i git (2026-11-20), men changes har ingen endringsmerknad datert i dag eller etter 2026-11-20 (legg til en endringsmerknad i changes: «- date: 2026-12-02» og «note: …», én setning om hva som er endret (se «Endringsmerknader» i docs/redaktorveiledning.md); en retting av ordlyd trenger ingen)',
    ])
    expect(warnings('en')).toEqual([
      'content/programmes/nb/testprogram.md:15: status: status changed since the file was last committed to git (2026-11-20), but changes has no change note dated today or after 2026-11-20 (add a change note to changes: "- date: 2026-12-02" and "note: …", one sentence on what changed (see "Change notes" in docs/editor-guide.md); a correction of wording needs none)',
    ])
  })

  it('is only a warning: the build goes on', () => {
    writeChanged()
    const problems = checkContent(['content'], { cwd: repo, today: TODAY }).filter(
      (p) => p.code === 'changeNoteMissing',
    )
    expect(problems.map((p) => p.severity)).toEqual(['warning'])
  })

  it('says nothing when the change has a note dated today', () => {
    writeChanged(
      'changes:\n  - date: 2026-12-02\n    note: "Status endret til satt på vent (testmerknad)."\n',
    )
    expect(warnings()).toEqual([])
  })

  it('says nothing when the note is dated after the last commit', () => {
    writeChanged(
      'changes:\n  - date: 2026-11-25\n    note: "Status endret til satt på vent (testmerknad)."\n',
    )
    expect(warnings()).toEqual([])
  })

  it('still warns when the only note is older than the last commit', () => {
    writeChanged('changes:\n  - date: 2026-11-02\n    note: "En eldre testmerknad."\n')
    expect(warnings()).toHaveLength(1)
  })

  it('names every changed field it watches, and warns on the first one', () => {
    writeFileSync(
      join(repo, FILE),
      committed()
        .replace('regions: [nordland]', 'regions: [nordland, trondelag]')
        .replace('  to: 2027', '  to: 2029'),
    )
    const [line] = warnings('en')
    expect(line).toMatch(
      /^content\/programmes\/nb\/testprogram\.md:11: period: period, regions changed since/,
    )
  })
})
