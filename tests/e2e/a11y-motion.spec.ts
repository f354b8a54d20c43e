import { expect, test, type Page } from '@playwright/test'

/**
 * prefers-reduced-motion: with the preference set, nothing on the page animates or
 * transitions, and scrolling jumps. A probe element with a long transition and animation
 * is added, so the test shows the site's own rule switches them off (not only that the
 * pages happen to have no animation today).
 */
const PAGES = [
  '/nb/',
  '/en/',
  '/nb/program/nora/',
  '/en/agreements/',
  '/en/find-a-programme/',
  '/nb/sok/',
]

async function motion(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('div')
    probe.style.transition = 'opacity 2s'
    probe.style.animation = 'probe 3s infinite'
    document.body.append(probe)
    const seconds = (v: string) =>
      Math.max(
        ...v
          .split(',')
          .map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))),
      )
    const probeStyle = getComputedStyle(probe)
    const longest = Math.max(
      ...[...document.querySelectorAll('body *:not(script)')]
        .filter((el) => el !== probe)
        .map((el) => {
          const s = getComputedStyle(el)
          return Math.max(seconds(s.transitionDuration), seconds(s.animationDuration))
        }),
    )
    const result = {
      probeTransition: seconds(probeStyle.transitionDuration),
      probeAnimation: seconds(probeStyle.animationDuration),
      probeIterations: probeStyle.animationIterationCount,
      longest,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    }
    probe.remove()
    return result
  })
}

test.describe('prefers-reduced-motion', () => {
  for (const path of PAGES) {
    test(`is honoured on ${path}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(path)
      const m = await motion(page)
      expect(m.probeTransition).toBeLessThanOrEqual(0.001)
      expect(m.probeAnimation).toBeLessThanOrEqual(0.001)
      expect(m.probeIterations).toBe('1')
      expect(
        m.longest,
        'the longest transition or animation on the page, in seconds',
      ).toBeLessThanOrEqual(0.001)
      expect(m.scroll).toBe('auto')
    })
  }

  test('without the preference, the probe keeps its motion (the check can tell the difference)', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto('/nb/')
    const m = await motion(page)
    expect(m.probeTransition).toBe(2)
    expect(m.probeAnimation).toBe(3)
  })
})
