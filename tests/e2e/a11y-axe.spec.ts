import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { allPaths, checkA11y, chunks, describe } from './a11y-check'
import { builtPaths } from './helpers'

/**
 * axe-core (WCAG 2.1 A and AA) on every URL of the site, in every language, and on every
 * nynorsk page the build wrote (most are fallback pages, which the sitemap leaves out:
 * nynorsk interface around Bokmål text): zero violations. WCAG 2.2 findings are attached to the report, not failed. The URLs are
 * checked in a loop inside a few tests, which is much faster than one test per URL.
 */
const GROUPS = 4
const paths = () => [...new Set([...allPaths(), ...builtPaths('nn')])]

test.describe('axe-core on every page', () => {
  test('the URL list covers every language, the 404s, the fallbacks and the language choice', () => {
    const all = paths()
    expect(all.filter((p) => p.startsWith('/nb/')).length).toBeGreaterThan(20)
    expect(all.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(20)
    // Every nynorsk page: its own (the about page), the lists and the fallback pages.
    expect(all.filter((p) => p.startsWith('/nn/')).length).toBeGreaterThan(20)
    const pages = [
      '/',
      '/nb/404/',
      '/nn/404/',
      '/en/404/',
      '/en/testside-uten-oversettelse/',
      '/nb/finn-program/',
      '/en/find-a-programme/',
    ]
    for (const p of [
      ...pages,
      '/nn/',
      '/nn/om-nettstaden/',
      '/nn/avtalar/kaunas/',
      '/nn/finn-program/',
      '/nn/sok/',
    ])
      expect(all).toContain(p)
  })

  chunks(paths(), GROUPS).forEach((paths, i) => {
    test(`WCAG 2.1 AA, group ${i + 1} of ${GROUPS} (${paths.length} pages)`, async ({
      page,
    }, info) => {
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
        await info.attach('wcag22-findings.txt', {
          body: reported.join('\n'),
          contentType: 'text/plain',
        })
      }
      expect(failures, failures.join('\n')).toEqual([])
    })
  })
})

test.describe('the check can fail', () => {
  test('a deliberately inaccessible page is reported (image-alt, button-name)', async ({
    page,
  }) => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/a11y/inaccessible.html'), 'utf8')
    await page.setContent(html)
    const result = await checkA11y(page)
    const rules = result.required.map((f) => f.rule)
    expect(rules).toContain('image-alt')
    expect(rules).toContain('button-name')
  })
})
