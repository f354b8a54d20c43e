/**
 * The accessibility checks every browser test of the a11y suite shares: which URLs the
 * site has, and one function that runs axe-core on a page. The same function checks the
 * deliberately inaccessible fixture, so a test proves it can report failures.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { sitemapPaths } from './helpers'

/** WCAG 2.1 A and AA: these must give zero violations. */
export const REQUIRED_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/** WCAG 2.2 additions: reported, not failed. */
export const REPORTED_TAGS = ['wcag22a', 'wcag22aa']

/** Pages a user can reach that are not in the sitemap: 404s, the fallback page, the language choice. */
export const EXTRA_PATHS = [
  '/',
  '/nb/404/',
  '/nn/404/',
  '/en/404/',
  '/en/testside-uten-oversettelse/',
  '/nn/testside-uten-oversettelse/',
]

/** Every URL to check: the sitemap plus the pages it leaves out. */
export function allPaths(): string[] {
  return [...new Set([...sitemapPaths(), ...EXTRA_PATHS])]
}

/** Splits the URLs into `n` groups, so a few tests (one per worker) share the work. */
export function chunks<T>(items: T[], n: number): T[][] {
  return Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i))
}

export type Finding = { rule: string; impact: string | null; help: string; targets: string[] }
export type AxeResult = { required: Finding[]; reported: Finding[] }

/** Runs axe on the page as it is now; `rules` limits the run to those rule ids. */
export async function checkA11y(page: Page, rules?: string[]): Promise<AxeResult> {
  let builder = new AxeBuilder({ page }).withTags([...REQUIRED_TAGS, ...REPORTED_TAGS])
  if (rules) builder = builder.withRules(rules)
  const results = await builder.analyze()
  const toFinding = (v: (typeof results.violations)[number]): Finding => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  })
  const isRequired = (tags: string[]) => tags.some((t) => REQUIRED_TAGS.includes(t))
  return {
    required: results.violations.filter((v) => isRequired(v.tags)).map(toFinding),
    reported: results.violations.filter((v) => !isRequired(v.tags)).map(toFinding),
  }
}

/** One line per finding: the URL, the rule and where it is on the page. */
export function describe(path: string, findings: Finding[]): string[] {
  return findings.map(
    (f) => `${path}: ${f.rule} (${f.impact}) ${f.help}: ${f.targets.slice(0, 3).join(', ')}`,
  )
}
