/**
 * npm run check [-- <content dir> …]: validates every content file and prints every
 * problem at once, as "file: field: what is wrong (what is expected)". Exits 1 if there
 * is an error, 0 if there are only warnings. Default: content/, plus the browser tests'
 * fixture documents when SITE_FIXTURES=1 (as contentlayer.config.ts does).
 */
import { runCheck } from '../lib/content/validate/report'

const dirs = process.argv.slice(2)
if (dirs.length === 0) dirs.push('content', ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []))
process.exit(runCheck(dirs))
