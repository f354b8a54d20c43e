/**
 * npm run check [-- <content dir> …] [--lang en] [--today YYYY-MM-DD]: validates every
 * content file and prints every problem at once, as "file:line: field: what is wrong (what
 * is expected)", in Norwegian (English with --lang en or CHECK_LANG=en). Exits 1 if there
 * is an error, 0 if there are only warnings. Default: content/, plus the browser tests'
 * fixture documents when SITE_FIXTURES=1 (as contentlayer.config.ts does).
 * --today: check as on another day (the review queue's warnings depend on it; tests fix it).
 * --format github: also print each problem as a GitHub Actions annotation, shown on the file's
 * line in a pull request, and add a summary to the job's page ($GITHUB_STEP_SUMMARY); the CI
 * workflow (.github/workflows/site.yml) uses it.
 */
import { parseArgs } from 'node:util'
import { checkLangOf } from '../lib/checker/messages'
import { REPORT_FORMATS, runCheck, type ReportFormat } from '../lib/checker/validate/report'

const args = process.argv.slice(2)
let lang: ReturnType<typeof checkLangOf>
try {
  lang = checkLangOf(args)
} catch (e) {
  console.error(`✖ ${(e as Error).message}`)
  process.exit(2)
}
const { values, positionals: dirs } = parseArgs({
  args,
  options: { today: { type: 'string' }, format: { type: 'string', default: 'text' } },
  allowPositionals: true,
})
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`✖ --today: «${values.today}» er ikke en dag (ÅÅÅÅ-MM-DD)`)
  process.exit(2)
}
if (!REPORT_FORMATS.includes(values.format as ReportFormat)) {
  console.error(`✖ --format: «${values.format}» er ikke et format (${REPORT_FORMATS.join(', ')})`)
  process.exit(2)
}
if (dirs.length === 0)
  dirs.push(
    'content',
    ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []),
  )
runCheck(dirs, undefined, {
  lang,
  today: values.today,
  format: values.format as ReportFormat,
  summaryFile: process.env.GITHUB_STEP_SUMMARY || undefined,
}).then((code) => process.exit(code))
