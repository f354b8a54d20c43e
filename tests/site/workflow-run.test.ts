/**
 * The CI workflow's commands, run in a copy of the project as the runner would run them: in
 * order, with the job's environment (its expressions worked out for a repository that has no
 * variables set), stopping at the first that fails. One build.
 * - `npm install` is left out: the copy uses this project's node_modules (scripts/lib/project-copy.ts).
 * - `npm run test:unit` is the pure tier (no out/, no build), as the workflow runs it.
 */
import { execSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyProject } from '../../scripts/lib/project-copy'
import { jobEnv, readWorkflow } from '../unit/workflow-file'

const ROOT = process.cwd()
/** The repository the run is for, as GitHub would give it in `github.repository`. */
const REPOSITORY = 'testeier/arbeidsflyt-test'

let dir = ''
const ran: { command: string; output: string }[] = []
let failed: string | undefined

beforeAll(() => {
  dir = copyProject(ROOT, 'workflow-run')
  const job = readWorkflow().jobs.check
  // A clean environment of this machine, and the job's own (no SITE_FIXTURES: a real build).
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(SITE_|EDITOR_|UUSTATUS_|GITHUB_|VITEST|NODE_ENV)/.test(k),
    ),
  )
  const env = {
    ...base,
    ...jobEnv(job, { vars: {}, github: { repository: REPOSITORY } }),
    GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md'),
    PWD: dir,
    INIT_CWD: dir,
  } as unknown as NodeJS.ProcessEnv
  for (const step of job.steps) {
    if (!step.run || step.run === 'npm install') continue
    const command = step.run
    try {
      const output = execSync(`${command} 2>&1`, { cwd: dir, env, encoding: 'utf8' })
      ran.push({ command, output })
    } catch (e) {
      failed = `${command}\n${(e as { stdout: string }).stdout}`
      break
    }
  }
}, 900_000)

// The copy holds a whole build: removing it takes a while on a busy machine.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
}, 120_000)

describe('the CI workflow, run in a project copy', () => {
  it('passes every step: the check, the unit tests and the build', () => {
    expect(failed).toBeUndefined()
    expect(ran.map((r) => r.command)).toEqual([
      'npm run check -- --format github',
      'npm run test:unit',
      'npm run build',
    ])
    expect(ran[2].output).toContain('✔ The site is built in out/')
  })

  it('writes the check into the job summary', () => {
    expect(readFileSync(join(dir, 'step-summary.md'), 'utf8')).toMatch(/✔ Innholdet er i orden/)
  })

  it('builds the editor for the repository it runs in, in Bokmål', () => {
    const config = readFileSync(join(dir, 'out/admin/config.yml'), 'utf8')
    expect(config).toContain(`repo: ${REPOSITORY}`)
    expect(config).toContain('branch: main')
    expect(existsSync(join(dir, 'out/admin/locales/nb.json'))).toBe(true)
  })
})
