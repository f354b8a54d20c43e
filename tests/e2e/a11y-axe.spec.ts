import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { allPaths, checkA11y, chunks, describe } from './a11y-check'

/**
 * axe-core (WCAG 2.1 A and AA) on every URL of the site, in both languages: zero
 * violations. WCAG 2.2 findings are attached to the report, not failed. The URLs are
 * checked in a loop inside a few tests, which is much faster than one test per URL.
 */
const GROUPS = 4

test.describe('axe-core on every page', () => {
  test('the URL list covers both languages, the 404s, the fallback and the language choice', () => {
    const paths = allPaths()
    expect(paths.filter((p) => p.startsWith('/nb/')).length).toBeGreaterThan(20)
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(20)
    for (const p of ['/', '/nb/404/', '/en/404/', '/en/testside-uten-oversettelse/', '/nb/finn-program/', '/en/find-a-programme/']) expect(paths).toContain(p)
  })

  chunks(allPaths(), GROUPS).forEach((paths, i) => {
    test(`WCAG 2.1 AA, group ${i + 1} of ${GROUPS} (${paths.length} pages)`, async ({ page }, info) => {
      test.setTimeout(paths.length * 10_000)
      const failures: string[] = []
      const reported: string[] = []
      for (const path of paths) {
        // The language choice at / moves on by itself; check it as it first appears.
        if (path === '/') await page.route('**/js/lang-choice.js', (r) => r.abort())
        const response = await page.goto(path)
        if (path === '/') await page.unroute('**/js/lang-choice.js')
        expect(response?.status(), path).toBeLessThan(path.includes('/404/') ? 500 : 400)
        const result = await checkA11y(page)
        failures.push(...describe(path, result.required))
        reported.push(...describe(path, result.reported))
      }
      if (reported.length) {
        // Reported, not failed: printed and attached so they are seen.
        console.log(`WCAG 2.2 findings (not failed):\n${reported.join('\n')}`)
        await info.attach('wcag22-findings.txt', { body: reported.join('\n'), contentType: 'text/plain' })
      }
      expect(failures, failures.join('\n')).toEqual([])
    })
  })
})

test.describe('the check can fail', () => {
  test('a deliberately inaccessible page is reported (image-alt, button-name)', async ({ page }) => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/a11y/inaccessible.html'), 'utf8')
    await page.setContent(html)
    const result = await checkA11y(page)
    const rules = result.required.map((f) => f.rule)
    expect(rules).toContain('image-alt')
    expect(rules).toContain('button-name')
  })
})
