/**
 * A copy of the project to build in, for the benchmark and for tests that run the whole
 * build. It sits inside the project (.cache/, git-ignored) without node_modules or a
 * lockfile of its own, so Node and Turbopack find the project's node_modules by walking up
 * (Turbopack refuses a node_modules symlinked from outside its root). Build output, caches,
 * git, the benchmark's results and the generated web server configuration are left out.
 */
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
