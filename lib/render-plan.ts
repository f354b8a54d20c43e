/**
 * Which pages this build renders: all of them, unless scripts/render-plan.ts found that
 * only some are touched by the change since the last build (SITE_RENDER_PLAN names its
 * plan). The routes filter their static params through `toRender`; the pages left out
 * are copied from the last site after `next build`.
 */
import { existsSync, readFileSync } from 'node:fs'

export type RenderPlan = {
  /** The fingerprint of everything but the content (code, settings, the day): a change renders every page. */
  code: string
  /** The last site's folder, to copy the pages not rendered from; absent when every page is rendered. */
  reuseFrom?: string
  /** The paths of the pages to render, when not every page is. */
  render?: string[]
  /** Fingerprints of the answers to the questions the last site's pages asked, for the content as it is now. */
  answers: Record<string, string | null>
}

let plan: RenderPlan | null | undefined
export function renderPlan(): RenderPlan | null {
  if (plan === undefined) {
    const file = process.env.SITE_RENDER_PLAN
    plan = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RenderPlan) : null
  }
  return plan
}

/**
 * The params of the pages to render now. Next's static export wants at least one page
 * per route, so when a change touches none of a route's pages, the first is rendered
 * again (it comes out as it was).
 */
export function toRender<P>(params: P[], pathOf: (p: P) => string): P[] {
  const render = renderPlan()?.render
  if (!render) return params
  const paths = new Set(render)
  const chosen = params.filter((p) => paths.has(pathOf(p)))
  return chosen.length > 0 ? chosen : params.slice(0, 1)
}
