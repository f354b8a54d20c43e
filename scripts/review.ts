/**
 * npm run review [-- --lang en] [-- --today YYYY-MM-DD] [<content dir> …]: the review
 * queue, an editor's to-do list of what needs a look (lib/checker/review/rules.ts), oldest
 * first, with file and reason. Norwegian unless --lang en. --today asks what will be due
 * by a day. Always exits 0: the queue is a list to work through, not an error.
 */
import { parseArgs } from 'node:util'
import { isLang } from '../lib/i18n/config'
import { formatQueue, reviewFindings } from '../lib/checker/review'
import { isoDay } from '../lib/i18n/format'
import { loadContent } from '../lib/checker/validate/load'

const { values, positionals } = parseArgs({
  options: { lang: { type: 'string', default: 'nb' }, today: { type: 'string' } },
  allowPositionals: true,
})
if (!isLang(values.lang)) {
  console.error(`--lang: "${values.lang}" is not a language of the site (nb or en)`)
  process.exit(2)
}
if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`--today: "${values.today}" is not a day (YYYY-MM-DD)`)
  process.exit(2)
}
const dirs = positionals.length > 0 ? positionals : ['content']
const today = values.today ?? isoDay(new Date())
const { files } = loadContent(dirs)
console.log(formatQueue(reviewFindings(files, today), today, values.lang))
