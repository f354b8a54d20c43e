import { expect, test, type Page } from '@playwright/test'
import { allPaths, chunks } from './a11y-check'

/**
 * Keyboard use, beyond what axe sees: the skip link is the first Tab stop and moves
 * focus to the main content; every interactive element is reached by Tab, is a native
 * control (so Enter/Space work) and shows a visible focus indicator.
 */
const GROUPS = 4

/** Opens a page as a keyboard user finds it (the language choice at / without its redirect). */
async function open(page: Page, path: string) {
  if (path === '/') await page.route('**/js/lang-choice.js', (r) => r.abort())
  await page.goto(path)
  if (path === '/') await page.unroute('**/js/lang-choice.js')
}

/**
 * Marks every element a keyboard user should be able to reach with data-kbd="n" and
 * returns their count. A radio group is one Tab stop, so only its checked (or first) radio counts.
 */
function markInteractive(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      // checkVisibility: not inside a folded <details> (the finder's contents list).
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && el.checkVisibility()
    }
    const radioGroups = new Set<string>()
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if ((el as HTMLInputElement).disabled || el.closest('[inert], [hidden]')) continue
      // The skip link is visually hidden until focused; it is tested on its own.
      if (el.getAttribute('href') === '#main') continue
      if (!visible(el)) continue
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        const group = el.name || el.id
        if (radioGroups.has(group)) continue
        radioGroups.add(group)
        const radios = [
          ...document.querySelectorAll<HTMLInputElement>(
            `input[type=radio][name="${CSS.escape(el.name)}"]`,
          ),
        ]
        const stop = radios.find((r) => r.checked) ?? el
        stop.dataset.kbd = String(found.length)
      } else {
        el.dataset.kbd = String(found.length)
      }
      found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return found
  })
}

/** Presses Tab and describes what got focus: its mark, whether it is native, visible and has a focus indicator. */
async function tab(page: Page) {
  await page.keyboard.press('Tab')
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const s = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
    const shadow = s.boxShadow !== 'none'
    // An SVG element's tagName keeps its case ("a"): a map link is a native link all the same.
    // A labelled scrolling region (the membership table on a phone) takes focus so keyboard
    // users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
    const scrollRegion = el.getAttribute('role') === 'region' && el.hasAttribute('aria-label')
    const native =
      scrollRegion ||
      ['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY'].includes(el.tagName.toUpperCase())
    return {
      kbd: el.dataset.kbd ?? null,
      name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      native,
      indicator: outline || shadow,
      onScreen:
        r.width > 1 &&
        r.height > 1 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        r.right > 0 &&
        r.left < innerWidth,
      focusVisible: el.matches(':focus-visible'),
    }
  })
}

test.describe('skip link', () => {
  for (const path of [
    '/nb/',
    '/en/',
    '/nb/program/nora/',
    '/en/programmes/nora/',
    '/en/accessibility-statement/',
    '/nb/404/',
  ]) {
    test(`is the first Tab stop and moves focus to the main content (${path})`, async ({
      page,
    }) => {
      await open(page, path)
      const first = await tab(page)
      const skip = page.locator('a[href="#main"]')
      await expect(skip).toBeFocused()
      await expect(skip).toHaveText(
        path.startsWith('/nb/') ? 'Gå til hovedinnholdet' : 'Skip to main content',
      )
      expect(first?.onScreen, 'the focused skip link is visible').toBe(true)
      expect(first?.indicator, 'the focused skip link has a focus indicator').toBe(true)
      await page.keyboard.press('Enter')
      await expect(page.locator('main#main')).toBeFocused()
      // The next Tab stop is inside the main content, past the header and its navigation.
      await page.keyboard.press('Tab')
      const inMain = await page.evaluate(() =>
        Boolean(document.activeElement?.closest('main, footer')),
      )
      expect(inMain, 'Tab after the skip link leads into the main content').toBe(true)
    })
  }
})

test.describe('every interactive element by keyboard', () => {
  chunks(allPaths(), GROUPS).forEach((paths, i) => {
    test(`is reached by Tab, native and visibly focused, group ${i + 1} of ${GROUPS} (${paths.length} pages)`, async ({
      page,
    }) => {
      test.setTimeout(paths.length * 10_000)
      const problems: string[] = []
      for (const path of paths) {
        await open(page, path)
        const expected = await markInteractive(page)
        if (expected.length === 0)
          problems.push(`${path}: no interactive elements found (the check saw nothing)`)
        const reached = new Set<string>()
        // Tab through the page once: every stop, then one past the end, where focus leaves the page.
        for (let n = 0; n < expected.length + 3; n++) {
          const f = await tab(page)
          if (!f) break
          if (f.kbd !== null) {
            if (reached.has(f.kbd)) break // wrapped around
            reached.add(f.kbd)
          }
          if (!f.native) problems.push(`${path}: ${f.name} takes focus but is not a native control`)
          if (!f.indicator) problems.push(`${path}: ${f.name} has no visible focus indicator`)
          if (!f.onScreen) problems.push(`${path}: ${f.name} is off screen when focused`)
          if (!f.focusVisible)
            problems.push(`${path}: ${f.name} does not match :focus-visible after Tab`)
        }
        expected.forEach((name, k) => {
          if (!reached.has(String(k))) problems.push(`${path}: ${name} is not reached by Tab`)
        })
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  })

  test('a link is followed with Enter, in both languages', async ({ page }) => {
    for (const [lang, label, target] of [
      ['nb', 'Avtaler', '/nb/avtaler/'],
      ['en', 'Agreements', '/en/agreements/'],
    ] as const) {
      await page.goto(`/${lang}/`)
      const link = page
        .getByRole('navigation', { name: lang === 'nb' ? 'Hovedmeny' : 'Main menu' })
        .getByRole('link', { name: label })
      await link.focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(`**${target}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label)
    }
  })
})
