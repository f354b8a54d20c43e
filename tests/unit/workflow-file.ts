/**
 * The CI workflow (.github/workflows/site.yml) as data, for its tests: its jobs, its steps,
 * and the job's environment with the `${{ … }}` expressions it uses worked out for a given
 * context (only `a || b || 'literal'` over `vars.*` and `github.*`, which is all it uses).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export const WORKFLOW = join(process.cwd(), '.github/workflows/site.yml')

export type Step = { name?: string; uses?: string; run?: string; if?: string; with?: object }
export type Job = {
  needs?: string
  if?: string
  env?: Record<string, string>
  steps: Step[]
  permissions?: Record<string, string>
}
export type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> }

export const readWorkflow = (): Workflow => parse(readFileSync(WORKFLOW, 'utf8'))

type Context = { vars: Record<string, string>; github: Record<string, string> }

/** The value of one `${{ … }}` expression: the first term that is not empty. */
function evaluate(expression: string, context: Context): string {
  for (const term of expression.split('||').map((t) => t.trim())) {
    const literal = /^'(.*)'$/.exec(term)
    const path = /^(vars|github)\.(\w+)$/.exec(term)
    if (!literal && !path) throw new Error(`An expression the test cannot work out: ${term}`)
    const value = literal ? literal[1] : context[path![1] as 'vars' | 'github'][path![2]]
    if (value) return value
  }
  return ''
}

/** A job's environment as the runner would set it in `context`. */
export function jobEnv(job: Job, context: Context): Record<string, string> {
  return Object.fromEntries(
    Object.entries(job.env ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => evaluate(e, context)),
    ]),
  )
}
