/**
 * Search benchmark: the size of the Pagefind index per language (bytes on disk in
 * out/pagefind/) and the time to the first result in headless Chromium, for a query in
 * each language, against out/ served statically. Needs a built out/ (npm run build).
 *
 * As a module: `import { benchSearch } from './search'; const r = await benchSearch()`
 * (options: { outDir, port, chromiumPath, queries }). Alone: `npx tsx scripts/bench/search.ts`
 * prints the result as JSON.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS } from './chromium'
import { serveDir } from './serve'

type Query = { path: string; q: string }

/** One query per language, each known to have results in the site's content. */
const DEFAULT_QUERIES: Record<string, Query> = {
  nb: { path: '/nb/sok/', q: 'Kaunas' },
  en: { path: '/en/search/', q: 'Arctic' },
}
/** One misspelled query per language: the time until "did you mean" is on screen. */
const DEFAULT_MISSPELLED: Record<string, Query> = {
  nb: { path: '/nb/sok/', q: 'Schlesvig' },
  en: { path: '/en/search/', q: 'Kolarktik' },
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  )
}

/**
 * Bytes of the index per language: Pagefind names each language's files after it
 * (pagefind.<lang>_….pf_meta, index/<lang>_…, fragment/<lang>_…, wasm.<lang>.pagefind);
 * the rest (pagefind.js, the worker, the UI files we do not use) is shared.
 */
function indexSizes(outDir = 'out') {
  const dir = join(outDir, 'pagefind')
  if (!existsSync(dir))
    throw new Error(`${dir} does not exist: build the site first (npm run build)`)
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'))
  const langs = Object.keys(entry.languages)
  const perLanguage: Record<string, { pages: number; bytes: number; files: number }> =
    Object.fromEntries(
      langs.map((l) => [l, { pages: entry.languages[l].page_count, bytes: 0, files: 0 }]),
    )
  let shared = 0
  let total = 0
  for (const file of filesUnder(dir)) {
    const size = statSync(file).size
    total += size
    const name = relative(dir, file).split('/').pop() ?? ''
    const lang = langs.find(
      (l) =>
        name.startsWith(`${l}_`) ||
        name.startsWith(`pagefind.${l}_`) ||
        name === `wasm.${l}.pagefind`,
    )
    if (lang) {
      perLanguage[lang].bytes += size
      perLanguage[lang].files += 1
    } else shared += size
  }
  return { perLanguage, sharedBytes: shared, totalBytes: total }
}

/**
 * Time to first result: a fresh browser context (empty cache) opens the search page with
 * ?q=; search.js marks `search:first-result` when the first result is on screen (and
 * `search:suggestions` when "did you mean" is, for a misspelled query). Reported
 * from navigation start, and from the start of the search (Pagefind load included), with
 * the bytes the page fetched from /pagefind/ for it.
 */
async function firstResult(
  browser: Browser,
  baseUrl: string,
  { path, q }: Query,
  mark = 'search:first-result',
) {
  const context = await browser.newContext()
  const page = await context.newPage()
  let pagefindBytes = 0
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) {
      const body = await response.body().catch(() => Buffer.alloc(0))
      pagefindBytes += body.length
    }
  })
  await page.goto(`${baseUrl}${path}?q=${encodeURIComponent(q)}`)
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 30_000,
  })
  const timing = await page.evaluate((name) => {
    const first = performance.getEntriesByName(name)[0].startTime
    const start = performance.getEntriesByName('search:start')[0].startTime
    return { fromNavigationMs: Math.round(first), fromSearchStartMs: Math.round(first - start) }
  }, mark)
  const results = await page.locator('#search-results > li').count()
  await context.close()
  return { query: q, path, results, ...timing, pagefindBytesFetched: pagefindBytes }
}

type Timing = Awaited<ReturnType<typeof firstResult>>

export async function benchSearch({
  outDir = 'out',
  port = Number(process.env.BENCH_PORT ?? 3199),
  chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  queries = DEFAULT_QUERIES,
  misspelled = DEFAULT_MISSPELLED,
}: {
  outDir?: string
  port?: number
  chromiumPath?: string
  queries?: Record<string, Query>
  misspelled?: Record<string, Query>
} = {}) {
  const index = indexSizes(outDir)
  const server = await serveDir(outDir, port)
  const baseUrl = server.origin
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
      args: CHROMIUM_ARGS,
    })
    const timeToFirstResult: Record<string, Timing> = {}
    for (const [lang, query] of Object.entries(queries))
      timeToFirstResult[lang] = await firstResult(browser, baseUrl, query)
    // search.js marks `search:suggestions` when "did you mean" (or the other language's count) is on screen.
    const timeToSuggestion: Record<string, Timing> = {}
    for (const [lang, query] of Object.entries(misspelled))
      timeToSuggestion[lang] = await firstResult(browser, baseUrl, query, 'search:suggestions')
    return { index, timeToFirstResult, timeToSuggestion }
  } finally {
    await browser?.close()
    server.stop()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchSearch()
    .then((result) => console.log(JSON.stringify({ search: result }, null, 2)))
    .catch((error: Error) => {
      console.error(error.message)
      process.exit(1)
    })
}
