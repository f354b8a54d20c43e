/**
 * Part 1 of the benchmark: the page weight of every measured page, as a browser loads
 * it (headless Chromium, an empty cache per page).
 */
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import type { PageToMeasure } from './lighthouse'
import { summarize, weighPage, type Resource, type Weight } from './page-weight'

export async function measureWeights(origin: string, pages: PageToMeasure[]) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    const rows: (PageToMeasure & { weight: Weight; resources: Resource[] })[] = []
    for (const p of pages) {
      // A fresh context per page: nothing cached, as for a first visit.
      const context = await browser.newContext()
      const page = await context.newPage()
      const recorded = await weighPage(page, origin + p.path)
      await context.close()
      rows.push({ ...p, weight: summarize(recorded), resources: recorded.resources })
    }
    return rows
  } finally {
    await browser.close()
  }
}
