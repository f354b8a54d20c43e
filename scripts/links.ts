/**
 * npm run links [-- --lang en] [-- --concurrency 8] [-- --timeout 10000] [<content dir> …]:
 * checks every external URL the content cites (lib/links/collect.ts) with linkinator, and
 * prints the broken links, the redirects and the links that did not answer, each with
 * the files that cite it. Needs the internet; CI runs its test against a loopback server
 * instead (tests/unit/links.test.ts). Exits 1 when a link is broken or did not answer.
 */
import { parseArgs } from 'node:util'
import { isLang } from '../lib/i18n/config'
import { loadContent } from '../lib/checker/validate/load'
import { checkLinks, LINK_DEFAULTS } from '../lib/links/check'
import { citedUrls } from '../lib/links/collect'
import { formatLinkReport } from '../lib/links/report'

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      lang: { type: 'string', default: 'nb' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
    },
    allowPositionals: true,
  })
  const number = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) {
      console.error(`--${name}: "${value}" is not a whole number above 0`)
      process.exit(2)
    }
    return n
  }
  if (!isLang(values.lang)) {
    console.error(`--lang: "${values.lang}" is not a language of the site (nb or en)`)
    process.exit(2)
  }
  const concurrency = number('concurrency', values.concurrency, LINK_DEFAULTS.concurrency)
  const timeout = number('timeout', values.timeout, LINK_DEFAULTS.timeout)
  const { files } = loadContent(positionals.length > 0 ? positionals : ['content'])
  const cited = citedUrls(files)
  const results = await checkLinks([...cited.keys()], { concurrency, timeout })
  const { text, code } = formatLinkReport({ results, cited, concurrency, timeout }, values.lang)
  console.log(text)
  // linkinator keeps its HTTP connections open for reuse; end the process when done.
  process.exit(code)
}

main().catch((e) => {
  console.error(`✖ The link check stopped: ${(e as Error).stack ?? e}`)
  process.exit(2)
})
