/**
 * A rebuild renders only the pages a change touches (called by scripts/build.ts):
 *
 *   plan [--all]        before `next build`: compares the content with what the last site's
 *                       pages read (.build/pages.json) and writes the plan: every page, or
 *                       only those where an answer to one of their questions differs.
 *   reuse <staging>     after `next build`: copies the pages not rendered from the last site.
 *   remember <staging>  at the end: writes down what each page of the new site read.
 *
 * Every page is rendered when anything but the content differs from the last build (code,
 * packages, settings, the day: `codeFingerprint`), when there is no record of the last
 * site, or when the last site is not the one published in out/. A page with no record of
 * its reads (a new one) is rendered. Only the pages and files of `plannedPaths()` are
 * planned; the others (home pages, 404 pages, the sitemap) are rendered in every build.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { answerOf, pageReads, type QuestionKey } from '../lib/content/reads'
import { isoDay } from '../lib/i18n/format'
import type { RenderPlan } from '../lib/render-plan'
import { plannedPaths } from '../lib/site-pages'

/** Where the build keeps its record of the published site: what each page read, and the answers then. */
export const PAGES_RECORD = join('.build', 'pages.json')

type PagesRecord = {
  code: string
  /** The site folder the record describes (out/ points to it). */
  site: string
  pages: Record<string, QuestionKey[]>
  answers: Record<QuestionKey, string | null>
}

/**
 * What the build reads besides the content documents, left out: output, caches and what
 * the build or the tests write (the web server configuration is written at the end of a
 * build). Everything else in the project counts as code.
 */
const NOT_INPUT = new Set(['node_modules', '.git', '.next', '.build', '.cache', '.contentlayer', 'out', 'test-results', 'playwright-report', 'bench', 'next-env.d.ts', 'deploy/nginx/generated'])

function codeFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    const rel = relative(root, path)
    if (NOT_INPUT.has(rel) || (dir === root && entry.name.startsWith('out.'))) return []
    if (entry.name.endsWith('.tsbuildinfo')) return []
    // Content documents are compared by what the pages read of them, not as files.
    if (rel.startsWith('content/') && entry.name.endsWith('.md')) return []
    if (entry.isDirectory()) return codeFiles(root, path)
    return entry.isFile() ? [rel] : []
  })
}

/** The environment the pages read (lib/site.ts, lib/publisher.ts, the fixtures), without the build's own variables. */
const BUILD_VARIABLES = new Set(['SITE_BUILD_DIR', 'SITE_PAGE_READS', 'SITE_RENDER_PLAN'])

/** A fingerprint of everything a page may depend on except the content documents. */
export function codeFingerprint(root = process.cwd(), now = new Date()): string {
  const hash = createHash('sha1')
  for (const file of codeFiles(root).sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0')
  const variables = Object.entries(process.env).filter(([name]) => /^(SITE_|NEXT_PUBLIC_|UUSTATUS_)/.test(name) && !BUILD_VARIABLES.has(name))
  hash.update(JSON.stringify(variables.sort()))
  // Pages show what is current today (open rounds, strategy status): a new day renders every page.
  hash.update(`${isoDay(now)} ${now.toDateString()}`)
  return hash.digest('base64url')
}

function readRecord(): PagesRecord | undefined {
  try {
    return JSON.parse(readFileSync(PAGES_RECORD, 'utf8')) as PagesRecord
  } catch {
    return undefined
  }
}

function publishedSite(): string | undefined {
  return existsSync('out') && lstatSync('out').isSymbolicLink() ? readlinkSync('out') : undefined
}

/** The plan for this build: every page, or only those whose reads have a new answer. `all`: every page, whatever changed. */
export function plan({ all = false } = {}): RenderPlan {
  const code = codeFingerprint()
  const record = readRecord()
  const site = publishedSite()
  const everything = (why: string): RenderPlan => {
    console.log(`  Every page is rendered: ${why}.`)
    return { code, answers: {} }
  }
  if (all) return everything('the reused pages did not fit this build')
  if (!record) return everything('there is no record of the last build')
  if (!site || record.site !== site || !existsSync(site)) return everything('the record is not of the site in out/')
  if (record.code !== code) return everything('code, packages, settings or the day changed since the last build')

  const answers: Record<QuestionKey, string | null> = {}
  for (const key of Object.keys(record.answers)) answers[key] = answerOf(key)
  const changed = new Set(Object.keys(answers).filter((key) => answers[key] === null || answers[key] !== record.answers[key]))
  const paths = plannedPaths()
  const render = paths.filter((path) => !record.pages[path] || record.pages[path].some((key) => changed.has(key)))
  console.log(`  ${render.length} of ${paths.length} pages and files are rendered: ${changed.size} of ${Object.keys(answers).length} questions have a new answer.`)
  return { code, reuseFrom: site, render, answers }
}

function readPlan(planFile: string): RenderPlan {
  return JSON.parse(readFileSync(planFile, 'utf8')) as RenderPlan
}

/** The files of a page's own folder (not the pages below it): index.html, after strip-runtime. */
function pageFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile())
}

/**
 * Copies every page and file of the site that this build did not render from the last
 * site. Fails when a copied page refers to a file of Next's (/_next/…) that the new build
 * does not have: then the pages are rendered in full (scripts/build.ts).
 */
export function reuse(planFile: string, staging: string): number {
  const { reuseFrom, render } = readPlan(planFile)
  if (!reuseFrom || !render) return 0
  const rendered = new Set(render)
  let copied = 0
  for (const path of plannedPaths()) {
    if (rendered.has(path)) continue
    if (!path.endsWith('/')) {
      // A file of a route handler; kept when its route rendered it as its first (lib/render-plan.ts).
      if (existsSync(join(staging, path))) continue
      if (!existsSync(join(reuseFrom, path))) throw new Error(`${path}: the last site has no such file to reuse`)
      mkdirSync(dirname(join(staging, path)), { recursive: true })
      copyFileSync(join(reuseFrom, path), join(staging, path))
      copied++
      continue
    }
    const from = join(reuseFrom, path)
    const to = join(staging, path)
    mkdirSync(to, { recursive: true })
    // A route re-renders its first page when a change touches none of them (lib/render-plan.ts): keep that one.
    if (existsSync(join(to, 'index.html'))) continue
    if (!existsSync(join(from, 'index.html'))) throw new Error(`${path}: the last site has no such page to reuse`)
    for (const name of pageFiles(from)) {
      if (name.endsWith('.html')) {
        for (const [, asset] of readFileSync(join(from, name), 'utf8').matchAll(/(?:href|src)="(\/_next\/[^"?#]+)/g)) {
          if (!existsSync(join(staging, asset))) throw new Error(`${path}: the page refers to ${asset}, which this build does not have`)
        }
      }
      copyFileSync(join(from, name), join(to, name))
    }
    copied++
  }
  console.log(`  ${copied} pages and files copied from ${reuseFrom}, ${rendered.size} rendered.`)
  return copied
}

/** Writes the record of the new site: the reads of the pages rendered now, and those kept of the pages copied. */
export function remember(planFile: string, staging: string, readsDir: string): void {
  const { code, render, answers: known } = readPlan(planFile)
  const old = render ? readRecord() : undefined
  const lines = existsSync(readsDir) ? readdirSync(readsDir).flatMap((f) => readFileSync(join(readsDir, f), 'utf8').split('\n')) : []
  const reads = pageReads(lines)
  const rendered = render ? new Set(render) : undefined
  const pages: Record<string, QuestionKey[]> = {}
  for (const path of plannedPaths()) {
    const now = reads.get(path)
    if (now && (!rendered || rendered.has(path))) pages[path] = [...now].sort()
    else if (old?.pages[path] && !rendered?.has(path)) pages[path] = old.pages[path]
  }
  const answers: Record<QuestionKey, string | null> = {}
  for (const key of new Set(Object.values(pages).flat())) answers[key] = key in known ? known[key] : answerOf(key)
  writeFileSync(PAGES_RECORD, JSON.stringify({ code, site: staging, pages, answers } satisfies PagesRecord))
  rmSync(readsDir, { recursive: true, force: true })
  console.log(`  What ${Object.keys(pages).length} pages and files read is recorded in ${PAGES_RECORD}.`)
}

if (process.argv[1]?.endsWith('render-plan.ts')) {
  const [command, staging] = process.argv.slice(2)
  const planFile = process.env.SITE_RENDER_PLAN!
  const readsDir = process.env.SITE_PAGE_READS!
  if (command === 'plan') writeFileSync(planFile, JSON.stringify(plan({ all: process.argv.includes('--all') })))
  else if (command === 'reuse') reuse(planFile, staging)
  else if (command === 'remember') remember(planFile, staging, readsDir)
  else throw new Error(`render-plan: unknown command ${command}`)
}
