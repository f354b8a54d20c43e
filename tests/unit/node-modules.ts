/**
 * The node_modules folder the tests' commands come from: the project's own, or, in a project
 * copy (scripts/lib/project-copy.ts, inside .cache/ without node_modules of its own), the
 * nearest one above it, where Node finds the packages too.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

function nearestNodeModules(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return join(d, 'node_modules')
    if (dirname(d) === d) return join(dir, 'node_modules')
  }
}

export const NODE_MODULES = nearestNodeModules(process.cwd())
