/**
 * npm run check [-- <content dir> …] [--lang en]: validates every content file and prints
 * every problem at once, as "file:line: field: what is wrong (what is expected)", in
 * Norwegian (English with --lang en or CHECK_LANG=en). Exits 1 if there is an error, 0 if
 * there are only warnings. Default: content/, plus the browser tests' fixture documents
 * when SITE_FIXTURES=1 (as contentlayer.config.ts does).
 */
import { checkLangOf } from '../lib/content/messages'
import { runCheck } from '../lib/content/validate/report'

const args = process.argv.slice(2)
let lang: ReturnType<typeof checkLangOf>
try {
  lang = checkLangOf(args)
} catch (e) {
  console.error(`✖ ${(e as Error).message}`)
  process.exit(2)
}
if (args.length === 0) args.push('content', ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []))
runCheck(args, undefined, { lang }).then((code) => process.exit(code))
