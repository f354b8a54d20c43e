import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkBudget,
  summarize,
  type Budget,
  type RecordedPage,
} from '../../scripts/bench/page-weight'
import budgets from '../../bench/budgets.json'

/** Pages recorded in Chromium from a production build (scripts/bench/weights.ts). */
const recorded = (name: string): RecordedPage =>
  JSON.parse(readFileSync(`tests/fixtures/perf/${name}.recorded.json`, 'utf8'))
const reading: Budget = budgets.reading

describe('the page-weight budget of a reading page', () => {
  const page = recorded('strategy-nb')

  it('sums the bytes a page fetched per kind, raw and gzip, and counts the requests', () => {
    const weight = summarize(page)
    expect(weight.requests).toBe(2)
    expect(weight.html).toEqual({ raw: 14928, gzip: 3611 })
    expect(weight.css).toEqual({ raw: 30764, gzip: 6256 })
    expect(weight.js).toEqual({ raw: 0, gzip: 0 })
    expect(weight.total).toEqual({ raw: 14928 + 30764, gzip: 3611 + 6256 })
  })

  it('passes a reading page of HTML and CSS only', () => {
    expect(checkBudget(page, reading)).toEqual([])
  })

  it('fails the same page when it gains a script, naming the script', () => {
    const withScript: RecordedPage = {
      ...page,
      resources: [
        ...page.resources,
        { url: '/js/extra.js', kind: 'js', status: 200, raw: 900, gzip: 420 },
      ],
    }
    const over = checkBudget(withScript, reading)
    expect(over).toHaveLength(1)
    expect(over[0]).toMatch(/^js: 420 B gzip > 0 B budget/)
    expect(over[0]).toContain('/js/extra.js')
  })

  it('fails the page as Next.js ships it by default, with its runtime, on JavaScript and on total', () => {
    const over = checkBudget(recorded('strategy-nb-next-runtime'), reading)
    expect(over.map((o) => o.split(':')[0])).toEqual(['js', 'total'])
    expect(summarize(recorded('strategy-nb-next-runtime')).js.gzip).toBeGreaterThan(100_000)
  })

  it('fails a page whose total grows past the budget, even without a script', () => {
    const heavy: RecordedPage = {
      ...page,
      resources: [
        ...page.resources,
        { url: '/big.png', kind: 'image', status: 200, raw: 30_000, gzip: 30_000 },
      ],
    }
    expect(checkBudget(heavy, reading)).toEqual([
      expect.stringMatching(/^total: \d+ B gzip > 20480 B budget/),
    ])
  })

  it('keeps the budgets within the targets: 30 KB JavaScript and 60 KB in total, gzip', () => {
    for (const b of [budgets.reading, budgets.interactive]) {
      expect(b.js).toBeLessThanOrEqual(30 * 1024)
      expect(b.total).toBeLessThanOrEqual(60 * 1024)
    }
  })
})
