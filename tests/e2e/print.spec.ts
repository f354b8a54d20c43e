import { expect, test } from '@playwright/test'
import { sitemapPaths } from './helpers'

/**
 * Strategy and programme pages print cleanly: no header, navigation, breadcrumbs or
 * footer; the address of every external link printed after it; nothing wider than the
 * paper. The print width is A4 at 96 dpi less 2 cm margins (about 720 CSS px).
 */
const PRINT_WIDTH = 720
const DOCUMENT = /^\/(nb|en)\/(strategier|strategies|program|programmes)\/[^/]+\/$/
const paths = sitemapPaths().filter((p) => DOCUMENT.test(p))

test('there are strategy and programme pages in both languages to print', () => {
  expect(paths.filter((p) => p.startsWith('/nb/')).length).toBeGreaterThanOrEqual(4)
  expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(4)
})

test('strategy and programme pages print cleanly', async ({ page }) => {
  test.setTimeout(paths.length * 8_000)
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 })
  await page.emulateMedia({ media: 'print' })
  const problems: string[] = []
  for (const path of paths) {
    await page.goto(path)
    const p = await page.evaluate(() => {
      const shown = (el: Element) =>
        getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0
      const chrome = [...document.querySelectorAll('header, nav, footer, a[href="#main"]')]
        .filter(shown)
        .map(
          (el) =>
            el.tagName.toLowerCase() +
            (el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label')}"` : ''),
        )
      const external = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')]
      const unshown = external
        .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!))
        .map((a) => a.href)
      const width = document.documentElement.clientWidth
      // Too wide, or content cut off by its box (screen-reader-only text, 1 px wide, is meant to be).
      const wide = [...document.querySelectorAll('main *')].filter((el) => {
        const r = el.getBoundingClientRect()
        return (
          r.right > width + 1 ||
          (r.width > 1 &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== 'visible')
        )
      })
      return {
        chrome,
        external: external.length,
        unshown,
        wide: wide
          .slice(0, 5)
          .map(
            (el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          ),
        scroll: document.documentElement.scrollWidth - width,
      }
    })
    if (p.chrome.length) problems.push(`${path}: prints ${p.chrome.join(', ')}`)
    if (p.external === 0) problems.push(`${path}: no external links to check (its sources?)`)
    if (p.unshown.length)
      problems.push(`${path}: link address not printed for ${p.unshown.join(', ')}`)
    if (p.wide.length || p.scroll > 0)
      problems.push(`${path}: wider than the paper: ${p.wide.join(', ')} (${p.scroll} px)`)
  }
  expect(problems, problems.join('\n')).toEqual([])
})

test('a programme page prints to PDF in both languages, with its content and link addresses', async ({
  page,
}) => {
  for (const path of ['/nb/program/nora/', '/en/strategies/nordland-2022-2026/']) {
    await page.goto(path)
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // The printed text (print media) has the heading and a link address, and no menu.
    await page.emulateMedia({ media: 'print' })
    const printed = await page.locator('body').innerText()
    await page.emulateMedia({ media: 'screen' })
    const h1 = await page.getByRole('heading', { level: 1 }).innerText()
    expect(printed).toContain(h1)
    expect(printed).not.toContain(
      path.startsWith('/nb/') ? 'Gå til hovedinnholdet' : 'Skip to main content',
    )
    await expect(
      page.getByRole('navigation', { name: path.startsWith('/nb/') ? 'Hovedmeny' : 'Main menu' }),
    ).toBeVisible()
  }
})
