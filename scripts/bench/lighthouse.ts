/**
 * Part 2 of the benchmark: Lighthouse (mobile preset, its default: a mid-range phone on
 * a slow 4G connection, simulated) on each page, run three times; the report keeps the
 * median of each score and metric.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
const METRICS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcp: 'first-contentful-paint',
} as const
type Metric = keyof typeof METRICS

export type PageToMeasure = { type: string; lang: string; path: string }
type Run = { scores: Record<Category, number>; metrics: Record<Metric, number>; failing: string[] }

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One Lighthouse run: scores 0–100, LCP/TBT/FCP in ms, CLS unitless, and the audits that failed. */
async function runOnce(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`)
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
  ) as Record<Category, number>
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id].numericValue ?? NaN]),
  ) as Record<Metric, number>
  // What keeps a score below 100: audits of the non-performance categories that did not pass.
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
      .map((r) => `${c}: ${r.id}`),
  )
  return { scores, metrics, failing }
}

/** Every page, `runs` times: the median of each score and metric, and every audit that failed in any run. */
export async function measureLighthouse(
  origin: string,
  pages: PageToMeasure[],
  runs = 3,
  progress: (page: PageToMeasure) => void = () => {},
) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  try {
    const rows: (PageToMeasure & {
      runs: number
      scores: Record<string, number>
      metrics: Record<string, number>
      failing: string[]
    })[] = []
    for (const p of pages) {
      progress(p)
      const all: Run[] = []
      for (let i = 0; i < runs; i++) all.push(await runOnce(origin + p.path, chrome.port))
      const pick = (get: (r: Run) => number) => median(all.map(get))
      rows.push({
        ...p,
        runs,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
        metrics: Object.fromEntries(
          (Object.keys(METRICS) as Metric[]).map((k) => [k, pick((r) => r.metrics[k])]),
        ),
        failing: [...new Set(all.flatMap((r) => r.failing))],
      })
    }
    return rows
  } finally {
    chrome.kill()
  }
}
