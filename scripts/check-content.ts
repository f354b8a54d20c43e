/**
 * npm run check [-- --today YYYY-MM-DD] [-- <content dir> …]: validates every content file
 * and prints every problem at once, as "file: field: what is wrong (what is expected)".
 * Exits 1 if there is an error, 0 if there are only warnings. Default: content/, plus the
 * browser tests' fixture documents when SITE_FIXTURES=1 (as contentlayer.config.ts does).
 * --today: check as on another day (the review queue's warnings depend on it; tests fix it).
 */
import { parseArgs } from 'node:util'
import { runCheck } from '../lib/content/validate/report'

const { values, positionals: dirs } = parseArgs({ options: { today: { type: 'string' } }, allowPositionals: true })
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`--today: "${values.today}" is not a day (YYYY-MM-DD)`)
  process.exit(2)
}
if (dirs.length === 0) dirs.push('content', ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []))
process.exit(runCheck(dirs, undefined, { today: values.today }))
