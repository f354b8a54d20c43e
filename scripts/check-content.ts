/**
 * npm run check [-- <content dir> …]: validates every content file and prints every
 * problem at once, as "file: field: what is wrong (what is expected)". Exits 1 if there
 * is an error, 0 if there are only warnings. Default: content/, plus the browser tests'
 * fixture documents when SITE_FIXTURES=1 (as contentlayer.config.ts does).
 */
import { formatProblem } from '../lib/content/problems'
import { checkContent, isError } from '../lib/content/validate'

const dirs = process.argv.slice(2)
if (dirs.length === 0) dirs.push('content', ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []))

const problems = checkContent(dirs)
const errors = problems.filter(isError)
const warnings = problems.filter((p) => !isError(p))
// Each problem on a line of its own, exactly "file: field: …", under a heading per kind.
if (errors.length > 0) console.error(['Errors (the build stops until they are fixed):', ...errors.map(formatProblem)].join('\n'))
if (warnings.length > 0) console.warn(['Warnings (the build goes on):', ...warnings.map(formatProblem)].join('\n'))

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
if (errors.length > 0) {
  console.error(`\n✖ ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')} in ${dirs.join(', ')}. Fix the errors: docs/editor-guide.md explains each message.`)
  process.exit(1)
}
console.log(`✔ The content is valid (${dirs.join(', ')})${warnings.length ? `, with ${count(warnings.length, 'warning')}` : ''}.`)
