/**
 * The CI workflow file: valid against GitHub's workflow schema (@action-validator/cli, offline),
 * and it does what the editors rely on: checks every push and pull request, shows the checker's
 * messages in the pull request, builds, and publishes only from main.
 * tests/unit/workflow-run.test.ts runs its commands in a project copy.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { readWorkflow, WORKFLOW } from './workflow-file'
import { NODE_MODULES } from './node-modules'

const VALIDATOR = join(NODE_MODULES, '@action-validator/cli/cli.mjs')
const tmp = mkdtempSync(join(tmpdir(), 'workflow-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, [VALIDATOR, file])
    return { code: 0, output: r.stdout + r.stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, output: err.stdout + err.stderr }
  }
}

describe('the CI workflow', { timeout: 60_000 }, () => {
  it('is valid against the GitHub workflow schema', async () => {
    expect(await validate(WORKFLOW)).toEqual({ code: 0, output: '' })
  })

  it('would be refused with a misspelt key (the validator is not a formality)', async () => {
    const broken = join(tmp, 'broken.yml')
    writeFileSync(broken, readFileSync(WORKFLOW, 'utf8').replace('    steps:\n', '    step:\n'))
    const { code, output } = await validate(broken)
    expect(code).toBe(1)
    expect(output).toContain("Additional property 'step' is not allowed")
  })

  it('runs on every push and pull request: the check with annotations, the unit tests, the build', () => {
    const { on, jobs } = readWorkflow()
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
    expect(on.push).toBeNull() // every branch
    expect(on.pull_request).toBeNull()
    const runs = jobs.check.steps.flatMap((s) => (s.run ? [s.run] : []))
    expect(runs).toEqual([
      'npm install',
      'npm run check -- --format github',
      'npm run test:unit',
      'npm run build',
    ])
    expect(jobs.check.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toEqual({
      'fetch-depth': 0,
    })
  })

  it('publishes out/ to GitHub Pages from main only, after the check', () => {
    const { jobs } = readWorkflow()
    const mainOnly = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"
    const upload = jobs.check.steps.find((s) =>
      s.uses?.startsWith('actions/upload-pages-artifact@'),
    )
    expect(upload).toMatchObject({ if: mainOnly, with: { path: 'out/' } })
    expect(jobs.publish).toMatchObject({
      needs: 'check',
      if: mainOnly,
      permissions: { pages: 'write', 'id-token': 'write' },
    })
    expect(jobs.publish.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages'])
  })
})
