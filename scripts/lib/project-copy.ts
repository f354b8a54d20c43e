/**
 * A copy of the project to build in, for the benchmark and for tests that run the whole
 * build. It sits inside the project (.cache/, git-ignored) without node_modules or a
 * lockfile of its own, so Node and Turbopack find the project's node_modules by walking up
 * (Turbopack refuses a node_modules symlinked from outside its root). Build output, caches,
 * git, the benchmark's results and the generated web server configuration are left out.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const LEFT_OUT = new Set([
  'node_modules',
  '.git',
  '.next',
  'out',
  '.build',
  '.contentlayer',
  '.cache',
  'cache',
  '.editor',
  'test-results',
  'playwright-report',
  'package-lock.json',
])

/** Copies the project at root into .cache/<prefix>-XXXXXX and returns the copy's folder. */
export function copyProject(root: string, prefix: string): string {
  mkdirSync(join(root, '.cache'), { recursive: true })
  const dir = mkdtempSync(join(root, '.cache', `${prefix}-`))
  for (const name of readdirSync(root))
    if (!LEFT_OUT.has(name) && !name.startsWith('out.'))
      cpSync(join(root, name), join(dir, name), { recursive: true })
  rmSync(join(dir, 'deploy', 'nginx', 'generated'), { recursive: true, force: true })
  // The benchmark's settings (budgets, pages) are code the tests type-check; its results are not.
  rmSync(join(dir, 'bench', 'results'), { recursive: true, force: true })
  rmSync(join(dir, 'bench', 'last-scaling.json'), { force: true })
  return dir
}

/**
 * The environment of a command run in a copy: Contentlayer and Next take the project folder
 * from PWD (not the working directory), and a copy builds the real content, no fixtures.
 */
export function copyEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PWD: dir, INIT_CWD: dir, SITE_FIXTURES: '', ...extra }
}

/** Runs a command in a copy and waits: its exit code and all it printed. */
export function runInCopy(
  dir: string,
  command: string,
  args: string[],
): { code: number; output: string } {
  try {
    const output = execFileSync(command, args, {
      cwd: dir,
      env: copyEnv(dir),
      encoding: 'utf8',
      stdio: 'pipe',
    })
    return { code: 0, output }
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string }
    return { code: err.status, output: `${err.stdout}${err.stderr}` }
  }
}
