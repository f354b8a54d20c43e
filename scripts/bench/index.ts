/**
 * npm run bench: builds the site, then measures it in three parts and writes the report
 * to bench/results/<date>.json and bench/results/<date>.md (the Markdown is committed).
 *   1. page weight per page type and language, loaded in headless Chromium;
 *   2. Lighthouse, mobile preset, median of 3 runs;
 *   3. build scaling with 1×, 10×, 100× the content, in a temporary copy;
 *   4. a content edit's time to show in `npm run dev`, in a temporary copy.
 *
 * Options: --factors 1,10,100   content sizes for part 3 (default 1,10,100)
 *          --max-minutes 15     skip a size whose estimated build time is longer
 *          --runs 3             Lighthouse runs per page
 *          --edits 3            content edits timed in part 4
 *          --parts weights,lighthouse,scaling,dev   which parts to run
 *          --name <name>        report file name (default: the date)
 *          --no-build           measure the existing out/ (built without test fixtures)
 * The local server uses BENCH_PORT (default 4173), search the next port, `npm run dev` the
 * one after.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { LANGS, type Lang } from '../../lib/i18n/config'
import { measureDevEdit } from './dev-edit'
import { measureLighthouse } from './lighthouse'
import { renderMarkdown, type Machine, type Report } from './report'
import { measureScaling } from './scaling'
import { benchSearch } from './search'
import { serveDir } from './serve'
import { measureWeights } from './weights'

const root = process.cwd()
const { values: opts } = parseArgs({
  options: {
    factors: { type: 'string', default: '1,10,100' },
    'max-minutes': { type: 'string', default: '15' },
    runs: { type: 'string', default: '3' },
    edits: { type: 'string', default: '3' },
    parts: { type: 'string', default: 'weights,lighthouse,scaling,dev' },
    'no-build': { type: 'boolean', default: false },
    name: { type: 'string' },
  },
})
const parts = new Set(opts.parts.split(','))
const log = (line: string) => console.log(line)

function machine(): Machine {
  const cpus = os.cpus()
  let chromium = ''
  try {
    chromium = execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {}
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
  }
}

const started = new Date()
const lighthouseVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
).version
const report: Report = {
  date: started.toISOString(),
  machine: machine(),
  lighthouseVersion,
  options: opts,
}
log(
  `Benchmark, ${report.date}, ${report.machine.cpu} × ${report.machine.cores}, Node ${report.machine.node}, load ${report.machine.loadAverage.join(' ')}`,
)

// Not top-level await: tsx runs this file as CommonJS (the package has no "type": "module").
async function main() {
  if (!opts['no-build']) {
    log('\n▶ Building the site (npm run build, without test fixtures)…')
    execSync('npm run --silent build', {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SITE_FIXTURES: '' },
    })
  }

  const config = JSON.parse(readFileSync(join(root, 'bench', 'pages.json'), 'utf8'))
  type PageConfig = { type: string; reading: boolean; lighthouse: boolean } & Record<Lang, string>
  const pages = (config.pages as PageConfig[]).flatMap((p) =>
    LANGS.map((lang) => ({
      type: p.type,
      reading: p.reading,
      lighthouse: p.lighthouse,
      lang,
      path: p[lang],
    })),
  )

  if (parts.has('weights') || parts.has('lighthouse')) {
    const server = await serveDir(join(root, 'out'), Number(process.env.BENCH_PORT ?? 4173))
    try {
      if (parts.has('weights')) {
        log('\n▶ 1. Page weight (headless Chromium, empty cache)…')
        report.weights = await measureWeights(server.origin, pages)
        report.budgets = JSON.parse(readFileSync(join(root, 'bench', 'budgets.json'), 'utf8'))
      }
      if (parts.has('lighthouse')) {
        const runs = Number(opts.runs)
        const lhPages = pages.filter((p) => p.lighthouse)
        log(`\n▶ 2. Lighthouse, mobile preset, ${runs} runs × ${lhPages.length} pages…`)
        report.lighthouse = await measureLighthouse(server.origin, lhPages, runs, (p) =>
          log(`  ${p.path}`),
        )
      }
      log('\n▶ Search…')
      // Its own server, on the next port.
      report.search = await benchSearch({
        outDir: join(root, 'out'),
        port: Number(process.env.BENCH_PORT ?? 4173) + 1,
      })
    } finally {
      server.stop()
    }
  }

  if (parts.has('scaling')) {
    const factors = opts.factors.split(',').map(Number)
    log(
      `\n▶ 3. Build scaling at ${factors.map((f) => `${f}×`).join(', ')} the content (time box ${opts['max-minutes']} min per size)…`,
    )
    // The last run's figures (committed), shown beside this run's; then this run becomes the last.
    const lastFile = join(root, 'bench', 'last-scaling.json')
    report.previousScaling = existsSync(lastFile)
      ? JSON.parse(readFileSync(lastFile, 'utf8'))
      : undefined
    report.scaling = measureScaling(root, factors, { maxMinutes: Number(opts['max-minutes']), log })
    // Only a whole run becomes the last: a run that failed at a size would hide the figures of that size.
    if (report.scaling.rows.length && report.scaling.failed.length === 0)
      writeFileSync(
        lastFile,
        JSON.stringify(
          {
            date: report.date,
            report: `bench/results/${opts.name ?? report.date.slice(0, 10)}.md`,
            rows: report.scaling.rows,
          },
          null,
          2,
        ) + '\n',
      )
  }

  if (parts.has('dev')) {
    log('\n▶ 4. A content edit in npm run dev…')
    report.devEdit = await measureDevEdit(root, {
      port: Number(process.env.BENCH_PORT ?? 4173) + 2,
      edits: Number(opts.edits),
      log,
    })
  }

  report.minutes = (Date.now() - started.getTime()) / 60000
  const markdown = renderMarkdown(report)
  const dir = join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const name = opts.name ?? report.date.slice(0, 10)
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(report, null, 2) + '\n')
  writeFileSync(join(dir, `${name}.md`), markdown)
  log(`\n${markdown}`)
  log(`Written: bench/results/${name}.md and bench/results/${name}.json`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
