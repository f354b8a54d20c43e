/**
 * npm run check [-- <content dir> …] [--lang en] [--today YYYY-MM-DD]: validates every
 * content file and prints every problem at once, as "file:line: field: what is wrong (what
 * is expected)", in Norwegian (English with --lang en or CHECK_LANG=en). Exits 1 if there
 * is an error, 0 if there are only warnings. Default: content/, plus the browser tests'
 * fixture documents when SITE_FIXTURES=1 (as contentlayer.config.ts does).
 * --today: check as on another day (the review queue's warnings depend on it; tests fix it).
 */
import { parseArgs } from 'node:util'
import { checkLangOf } from '../lib/checker/messages'
import { runCheck } from '../lib/checker/validate/report'

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
  options: { today: { type: 'string' } },
  allowPositionals: true,
})
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`✖ --today: «${values.today}» er ikke en dag (ÅÅÅÅ-MM-DD)`)
  process.exit(2)
}
if (dirs.length === 0)
  dirs.push(
    'content',
    ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []),
  )
runCheck(dirs, undefined, { lang, today: values.today }).then((code) => process.exit(code))
