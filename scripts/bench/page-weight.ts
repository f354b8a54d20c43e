/**
 * Page weight: what a browser fetches to show one page, and how it compares with a budget.
 *
 * `weighPage` loads a page in a real browser (a Playwright page) and records every
 * response. Sizes are counted from the bodies, and gzip sizes are computed here (zlib,
 * default level) rather than taken from the wire, so the figures do not depend on the
 * local server's compression settings. `summarize` and `checkBudget` are pure: the
 * budget tests run them on live pages and on a recorded page (tests/fixtures/perf/).
 */
import { gzipSync } from 'node:zlib'
import type { Page, Response } from '@playwright/test'

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other'
export type Resource = { url: string; kind: Kind; status: number; raw: number; gzip: number }
export type RecordedPage = { url: string; resources: Resource[] }
export type Bytes = { raw: number; gzip: number }
export type Weight = Record<Kind | 'total', Bytes> & { requests: number }
/** Limits in bytes gzip per kind (and `total`), and optionally a request count. */
export type Budget = Partial<Record<Kind | 'total', number>> & { requests?: number }

/** Resource kinds in the report, from the browser's resource type. */
const KIND: Record<string, Kind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
  image: 'image',
}
/** Already-compressed formats: gzip would not shrink them on the wire. */
const PRECOMPRESSED = new Set<Kind>(['image', 'font'])

/** Loads a page and records every response with its size. */
export async function weighPage(page: Page, url: string): Promise<RecordedPage> {
  const pending: Promise<Resource | null>[] = []
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const request = response.request()
        const body = await response.body().catch(() => null)
        if (!body) return null
        const kind = KIND[request.resourceType()] ?? 'other'
        const gzip = PRECOMPRESSED.has(kind) ? body.length : gzipSync(body).length
        return {
          url: new URL(response.url()).pathname,
          kind,
          status: response.status(),
          raw: body.length,
          gzip,
        }
      })(),
    )
  }
  page.on('response', onResponse)
  try {
    await page.goto(url, { waitUntil: 'load' })
    // Deferred scripts and anything they fetch: wait until the network is quiet. A page
    // without scripts fetches nothing after its load event, and needs no wait (half a second
    // of quiet per page, over the whole site).
    if (await page.locator('script[src]').count()) await page.waitForLoadState('networkidle')
  } finally {
    page.off('response', onResponse)
  }
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null)
  return { url: new URL(url).pathname, resources }
}

const KINDS: Kind[] = ['html', 'css', 'js', 'font', 'image', 'other']

/** Bytes per kind (raw and gzip), the total, and the request count. */
export function summarize(recorded: RecordedPage): Weight {
  const zero = (): Bytes => ({ raw: 0, gzip: 0 })
  const weight = Object.fromEntries([...KINDS, 'total'].map((k) => [k, zero()])) as Record<
    Kind | 'total',
    Bytes
  >
  for (const r of recorded.resources) {
    for (const key of [r.kind, 'total'] as const) {
      weight[key].raw += r.raw
      weight[key].gzip += r.gzip
    }
  }
  return { ...weight, requests: recorded.resources.length }
}

/** Which limits of a budget a page goes over. An empty list means it is within budget. */
export function checkBudget(recorded: RecordedPage, budget: Budget): string[] {
  const weight = summarize(recorded)
  const over: string[] = []
  for (const [kind, limit] of Object.entries(budget) as [Kind | 'total' | 'requests', number][]) {
    if (kind === 'requests') {
      if (weight.requests > limit) over.push(`requests: ${weight.requests} > ${limit}`)
      continue
    }
    const actual = weight[kind].gzip
    if (actual > limit) {
      const culprits = recorded.resources
        .filter((r) => kind === 'total' || r.kind === kind)
        .map((r) => `${r.url} (${r.gzip} B)`)
      over.push(`${kind}: ${actual} B gzip > ${limit} B budget — ${culprits.join(', ')}`)
    }
  }
  return over
}
