import { expect, test, type Page } from '@playwright/test'
import { LANGS } from '../../lib/i18n/config'
import { checkA11y, describe } from './a11y-check'
import { onePageOfEachKind } from './helpers'

/**
 * Colour contrast in every colour scheme. The site has one (light) scheme, which axe checks
 * on every page (a11y-axe.spec.ts); a reader whose system asks for dark gets it too. So
 * here: under a dark preference every element keeps the colours it has in light, and axe
 * finds the text contrast sufficient, on one page of each kind in each language (the
 * colours come from one stylesheet, so a page's kind, not its text, decides them).
 * axe checks text; the focus indicator and link colours are checked below.
 */

/** Every element's colours, as the page is shown now. */
function colours(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el)
      return `${el.tagName} ${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.outlineColor} ${s.fill} ${s.stroke}`
    }),
  )
}

test.describe('text contrast when the system asks for a dark scheme', () => {
  for (const lang of LANGS) {
    const paths = onePageOfEachKind(lang)
    test(`the colours stay those of the light scheme, and axe color-contrast passes (${lang}, ${paths.length} kinds of page)`, async ({
      page,
    }) => {
      test.setTimeout(paths.length * 15_000)
      expect(paths.length).toBeGreaterThan(10)
      await page.route('**/js/lang-choice.js', (r) => r.abort())
      const failures: string[] = []
      for (const path of paths) {
        await page.emulateMedia({ colorScheme: 'light' })
        await page.goto(path)
        const light = await colours(page)
        await page.emulateMedia({ colorScheme: 'dark' })
        const dark = await colours(page)
        const changed = dark.filter((c, i) => c !== light[i])
        if (changed.length) failures.push(`${path}: ${changed.slice(0, 3).join('; ')}`)
        const result = await checkA11y(page, ['color-contrast', 'link-in-text-block'])
        failures.push(...describe(path, result.required))
      }
      expect(failures, failures.join('\n')).toEqual([])
    })
  }
})

/** WCAG contrast ratio of two CSS colours, computed in the page with axe-core's colour helpers. */
type Measure = { what: string; ratio: number }

/** For every focusable element: focus it and measure its focus ring against the background around it. */
function focusRings(page: Page): Promise<Measure[]> {
  return page.evaluate(() => {
    const { Color } = (
      window as unknown as {
        axe: {
          commons: {
            color: { Color: new () => { parseString(s: string): unknown; getContrast?: unknown } }
          }
        }
      }
    ).axe.commons.color
    const parse = (s: string) => {
      const c = new Color() as unknown as {
        parseString(s: string): void
        alpha: number
        getRelativeLuminance(): number
      }
      c.parseString(s)
      return c
    }
    const ratio = (a: string, b: string) => {
      const [l1, l2] = [parse(a).getRelativeLuminance(), parse(b).getRelativeLuminance()].sort(
        (x, y) => y - x,
      )
      return (l1 + 0.05) / (l2 + 0.05)
    }
    /** The first opaque background behind an element (the site uses solid colours). */
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor
        if (parse(bg).alpha > 0) return bg
      }
      return 'rgb(255, 255, 255)'
    }
    const out: { what: string; ratio: number }[] = []
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>(
      'a[href], button, input, select, textarea, summary',
    )) {
      // Not rendered (e.g. in a folded <details>, as the finder's contents list): not focusable.
      if (el.getBoundingClientRect().width === 0 || !el.checkVisibility()) continue
      el.focus({ focusVisible: true } as FocusOptions)
      const s = getComputedStyle(el)
      const around = background(el.parentElement)
      // The ring is two colours (yellow outline, dark shadow): one of them must stand out (3:1, WCAG 1.4.11).
      const shadow = /rgba?\([^)]*\)/.exec(s.boxShadow)?.[0]
      const best = Math.max(
        s.outlineStyle === 'none' ? 0 : ratio(s.outlineColor, around),
        shadow ? ratio(shadow, around) : 0,
      )
      out.push({
        what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" on ${around}`,
        ratio: best,
      })
    }
    return out
  })
}

/** Every link's text colour against its background (4.5:1), and against the surrounding text if it is not underlined (3:1). */
function linkColours(page: Page): Promise<Measure[]> {
  return page.evaluate(() => {
    const { Color } = (
      window as unknown as { axe: { commons: { color: { Color: new () => unknown } } } }
    ).axe.commons.color
    const lum = (s: string) => {
      const c = new Color() as { parseString(s: string): void; getRelativeLuminance(): number }
      c.parseString(s)
      return c.getRelativeLuminance()
    }
    const ratio = (a: string, b: string) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x)
      return (l1 + 0.05) / (l2 + 0.05)
    }
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor
        if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg
      }
      return 'rgb(255, 255, 255)'
    }
    const out: { what: string; ratio: number }[] = []
    for (const a of document.querySelectorAll<HTMLElement | SVGElement>('a[href]')) {
      if (a.getBoundingClientRect().width === 0) continue
      // A map link (SVG) is painted by its label's fill, on the white halo drawn around the letters.
      const label = a instanceof SVGElement ? a.querySelector('text') : null
      const colour = label ? getComputedStyle(label).fill : getComputedStyle(a).color
      const behind = label ? getComputedStyle(label).stroke : background(a)
      out.push({
        what: `link "${(a.textContent ?? '').trim().slice(0, 30)}" ${colour} on ${behind}`,
        ratio: ratio(colour, behind) / 4.5,
      })
    }
    return out
  })
}

test.describe('focus indicator and link colours', () => {
  const PAGES = [
    '/nb/',
    '/en/',
    '/nb/avtaler/',
    '/en/programmes/nora/',
    '/nb/strategier/nordland-2022-2026/',
    '/en/accessibility-statement/',
    '/nb/finn-program/',
    '/en/search/',
  ]

  for (const path of PAGES) {
    test(`the focus ring stands out (3:1) and links are readable (4.5:1) on ${path}`, async ({
      page,
    }) => {
      await page.goto(path)
      await checkA11y(page, ['color-contrast']) // loads axe-core, whose colour helpers measure below
      const rings = await focusRings(page)
      expect(rings.length).toBeGreaterThan(5)
      const weakRings = rings
        .filter((m) => m.ratio < 3)
        .map((m) => `${m.what}: ${m.ratio.toFixed(2)}:1`)
      expect(weakRings, weakRings.join('\n')).toEqual([])
      const weakLinks = (await linkColours(page))
        .filter((m) => m.ratio < 1)
        .map((m) => `${m.what}: ${(m.ratio * 4.5).toFixed(2)}:1`)
      expect(weakLinks, weakLinks.join('\n')).toEqual([])
    })
  }
})
