/**
 * `npm run check -- --format github`, as the CI workflow runs it: each problem also becomes a
 * GitHub Actions workflow command, which GitHub shows on the file's line in a pull request,
 * and the report goes into the job's summary. Runs the real command on a fixture.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { githubAnnotation } from '@/lib/checker/validate/github'
import { NODE_MODULES } from './node-modules'

const root = process.cwd()
const TSX = join(NODE_MODULES, 'tsx/dist/cli.mjs')
const FIXTURE = join(root, 'tests/fixtures/content-errors/bad-email')
const tmp = mkdtempSync(join(tmpdir(), 'check-github-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function check(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await promisify(execFile)(
      process.execPath,
      [TSX, join(root, 'scripts/check-content.ts'), '--today', '2026-12-02', 'content', ...args],
      { cwd: FIXTURE, env: { ...process.env, CHECK_LANG: '', ...env } },
    )
    return { code: 0, stdout: r.stdout, stderr: r.stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

// Each case starts the checker in a process of its own: seconds on a loaded machine.
describe('the checker for GitHub Actions', { timeout: 120_000 }, () => {
  it('prints an annotation on the faulty line and writes the report into the job summary', async () => {
    const summary = join(tmp, 'summary.md')
    const { code, stdout, stderr } = await check(['--format', 'github'], {
      GITHUB_STEP_SUMMARY: summary,
    })
    expect(code).toBe(1)
    // The line of the fixture's expected.txt, as a workflow command (file, line, title = field).
    expect(stdout.split('\n')).toContain(
      '::error file=content/contacts/nb/testkontakt.md,line=12,title=email::«post.example.org» er ikke en e-postadresse (en adresse som navn@nfk.no)',
    )
    // The text report is still there for the log.
    expect(stderr).toContain(
      'content/contacts/nb/testkontakt.md:12: email: «post.example.org» er ikke en e-postadresse (en adresse som navn@nfk.no)',
    )
    const written = readFileSync(summary, 'utf8')
    expect(written).toContain(
      '- content/contacts/nb/testkontakt.md:12: email: «post.example.org» er ikke en e-postadresse (en adresse som navn@nfk.no)',
    )
    expect(written).toContain('### Feil (nettstedet bygges ikke før de er rettet):')
  })

  it('prints no workflow commands without --format github, and refuses an unknown format', async () => {
    const plain = await check([])
    expect(plain.stdout + plain.stderr).not.toContain('::error')
    const unknown = await check(['--format', 'xml'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('--format: «xml» er ikke et format (text, github)')
  })

  it('escapes what would end a property or a command (GitHub: %, CR, LF; in properties also : and ,)', () => {
    const line = githubAnnotation(
      {
        file: 'content/a,b:c.md',
        field: 'title',
        line: 3,
        severity: 'warning',
        code: 'missing',
      } as never,
      'nb',
    )
    expect(line.startsWith('::warning file=content/a%2Cb%3Ac.md,line=3,title=title::')).toBe(true)
    expect(line).not.toMatch(/[\r\n]/)
  })
})
