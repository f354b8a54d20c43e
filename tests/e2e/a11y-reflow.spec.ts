import { expect, test, type Page } from '@playwright/test'
import { allPaths, chunks } from './a11y-check'

/**
 * Reflow (WCAG 1.4.10) and text resize (1.4.4): no horizontal scrolling at 320 CSS px,
 * nor with the text at 200 % (root font size doubled) at 640 px (1280 px zoomed 200 %)
 * and at 320 px. Each page's overflowing elements are named when it fails.
 */
const CASES = [
  { name: '320 px', width: 320, zoom: false },
  { name: '200 % text at 640 px', width: 640, zoom: true },
  { name: '200 % text at 320 px', width: 320, zoom: true },
]
const GROUPS = 2

async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement
    if (root.scrollWidth <= root.clientWidth) return []
    const width = root.clientWidth
    // An element sticks out, or its text overflows its box (a long word in a heading).
    const wide = [...document.body.querySelectorAll('*')].filter(
      (el) =>
        el.getBoundingClientRect().right > width + 1 ||
        (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
    )
    // Name the innermost offenders: those with no overflowing child.
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
    return [
      `scrollWidth ${root.scrollWidth} > ${width}`,
      ...innermost
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    ]
  })
}

// One visit per page for all three cases (the viewport and the text size change in place), so
// the sweep costs one page load per page, not three.
test.describe('no horizontal scrolling at 320 px, nor with 200 % text at 640 and 320 px', () => {
  chunks(allPaths(), GROUPS).forEach((paths, i) => {
    test(`group ${i + 1} of ${GROUPS} (${paths.length} pages)`, async ({ page }) => {
      test.setTimeout(paths.length * 6_000)
      // The language choice at / redirects with JavaScript; check it as it first appears.
      await page.route('**/js/lang-choice.js', (r) => r.abort())
      const problems: string[] = []
      for (const path of paths) {
        await page.setViewportSize({ width: CASES[0].width, height: 800 })
        await page.goto(path)
        let zoomed = false
        for (const c of CASES) {
          await page.setViewportSize({ width: c.width, height: 800 })
          if (c.zoom && !zoomed) {
            await page.addStyleTag({ content: 'html { font-size: 200% !important; }' })
            const size = await page.evaluate(() => getComputedStyle(document.body).fontSize)
            expect(size, 'the text is really at 200 %').toBe('32px')
            zoomed = true
          }
          const overflow = await horizontalOverflow(page)
          if (overflow.length) problems.push(`${path} (${c.name}): ${overflow.join('; ')}`)
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  })
})
