/**
 * What `npm run check` prints and the exit code it ends with, apart from the process so
 * tests can run it on many folders quickly: errors then warnings, each problem on a line
 * of its own as "file: field: what is wrong (what is expected)". 1 with errors, else 0.
 */
import { formatProblem } from '../problems'
import { checkContent, isError, type CheckOptions } from './index'

export type Output = { error: (text: string) => void; log: (text: string) => void }

export function runCheck(dirs: string[], out: Output = { error: console.error, log: console.log }, options: CheckOptions = {}): number {
  const problems = checkContent(dirs, options)
  const errors = problems.filter(isError)
  const warnings = problems.filter((p) => !isError(p))
  if (errors.length > 0) out.error(['Errors (the build stops until they are fixed):', ...errors.map(formatProblem)].join('\n'))
  if (warnings.length > 0) out.error(['Warnings (the build goes on):', ...warnings.map(formatProblem)].join('\n'))

  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  if (errors.length > 0) {
    out.error(`\n✖ ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')} in ${dirs.join(', ')}. Fix the errors: docs/editor-guide.md (Norwegian: docs/redaktorveiledning.md) explains each message.`)
    return 1
  }
  out.log(`✔ The content is valid (${dirs.join(', ')})${warnings.length ? `, with ${count(warnings.length, 'warning')}` : ''}.`)
  return 0
}
