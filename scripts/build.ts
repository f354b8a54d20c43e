/**
 * The build, step by step: each step must succeed before the next one runs.
 *
 * A build never publishes a broken site, and out/ is a whole site at every moment, also
 * while a build runs (a local preview keeps serving the last good site):
 * - The first steps only read: a content error stops the build before anything is written.
 * - The pages are built into a staging folder of their own, `.build/out-<time>/` (Next's
 *   `distDir` for a static export, set through SITE_BUILD_DIR), and every later step works
 *   there.
 * - When every step has succeeded, `out` is switched to the new folder in one rename: `out`
 *   is a symbolic link to the current site, and a new link renamed over it replaces it
 *   atomically (rename(2)). The previous site's folder is then removed.
 * - When a step fails, the staging folder is removed and `out` is not touched.
 * Add steps that work on the finished site to `publish`, with {dir} for its folder.
 *
 * Every build renders every page: a page is never copied from an earlier build, so a
 * published page always shows the content, code and settings of this build.
 */
import { execSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { join } from 'node:path'

/** Steps that do not write the site. */
type Step = [name: string, command: string]

const prepare: Step[] = [
  ['check the content', 'npm run --silent check'],
  // Publisher and feedback address (lib/publisher.ts): a malformed value stops the build, a missing one warns loudly.
  ['check the settings', 'npx tsx scripts/check-settings.ts'],
  ['compile the content', 'npx contentlayer2 build'],
  ['bundle the page scripts', 'npx tsx scripts/bundle-scripts.ts'],
]

/** Steps that write the site, in its staging folder {dir}. */
const publish: Step[] = [
  ['build the pages', 'npx next build'],
  // The pages need no framework runtime (no client components): serve them as plain HTML + CSS.
  ['strip the Next.js runtime', 'npx tsx scripts/strip-runtime.ts {dir}'],
  // Long pages start with "Innhold på siden": links to their second-level headings.
  ['add contents lists to long pages', 'npx tsx scripts/page-contents.ts {dir}'],
  // Old addresses of moved sections (/nb/fylker/…) keep working on every host.
  ['write redirect pages for moved sections', 'npx tsx scripts/redirect-pages.ts {dir}'],
  // One search index per page language (from <html lang>), into {dir}/pagefind/.
  ['index the site for search', 'npx pagefind --site {dir}'],
  // The web editor (not a Next page): after the pages, so strip-runtime, Pagefind and the sitemap never see it.
  ['add the web editor', 'npx tsx scripts/build-editor.ts {dir}'],
  // Last: it hashes the inline scripts of the final HTML into the CSP (deploy/rules.ts).
  ['write the web server configuration', 'npx tsx scripts/deploy-config.ts {dir}'],
]

const OUT = 'out'
const STAGING_ROOT = '.build'
const started = Date.now()
const staging = join(STAGING_ROOT, `out-${started}`)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_BUILD_DIR: staging }
/** What a build leaves in .build/: the sites, removed when not the published one. */
const isBuildFolder = (name: string) => name.startsWith('out-')

/**
 * BUILD_STEP_TIMES=<file>: each step runs under /usr/bin/time, and its wall time, CPU time
 * (user + system, with its children) and peak memory are added to the file as JSON lines
 * (the benchmark reads them: scripts/bench/scaling.ts).
 */
const timesFile = process.env.BUILD_STEP_TIMES

function run([name, command]: Step): boolean {
  const cmd = command.replaceAll('{dir}', staging)
  console.log(`\n▶ ${name}: ${cmd}`)
  const stats = `${timesFile}.step` // /usr/bin/time's figures for this step, when timed
  const start = performance.now()
  try {
    execSync(timesFile ? `/usr/bin/time -f '%U %S %M' -o '${stats}' ${cmd}` : cmd, {
      stdio: 'inherit',
      env,
    })
    if (timesFile) {
      const [user, system, peakKb] = readFileSync(stats, 'utf8')
        .trim()
        .split('\n')
        .pop()!
        .split(' ')
        .map(Number)
      const time = {
        step: name,
        seconds: (performance.now() - start) / 1000,
        cpuSeconds: user + system,
        peakMb: peakKb / 1024,
      }
      appendFileSync(timesFile, JSON.stringify(time) + '\n')
    }
    return true
  } catch {
    console.error(`\n✖ The build stopped at "${name}". Nothing after it was done.`)
    return false
  }
}

function fail() {
  rmSync(staging, { recursive: true, force: true })
  console.error(`  ${OUT}/ was not touched: it is the site of the last good build.`)
  process.exit(1)
}

/** Points `out` at the new site in one atomic rename, and removes the sites no longer pointed at. */
function switchOut() {
  const link = `${OUT}.link-${process.pid}`
  rmSync(link, { force: true })
  symlinkSync(staging, link)
  // An out/ folder from before builds used a link is moved aside once (not atomic, once only).
  const isFolder = existsSync(OUT) && !lstatSync(OUT).isSymbolicLink()
  if (isFolder) renameSync(OUT, join(STAGING_ROOT, `out-folder-${Date.now()}`))
  renameSync(link, OUT)
  const current = readlinkSync(OUT)
  for (const name of readdirSync(STAGING_ROOT)) {
    if (isBuildFolder(name) && join(STAGING_ROOT, name) !== current)
      rmSync(join(STAGING_ROOT, name), { recursive: true, force: true })
  }
}

// Builds interrupted earlier left staging folders behind: they were never published.
mkdirSync(STAGING_ROOT, { recursive: true })
const published = existsSync(OUT) && lstatSync(OUT).isSymbolicLink() ? readlinkSync(OUT) : undefined
for (const name of readdirSync(STAGING_ROOT))
  if (isBuildFolder(name) && join(STAGING_ROOT, name) !== published)
    rmSync(join(STAGING_ROOT, name), { recursive: true, force: true })

for (const step of prepare) {
  if (!run(step)) fail()
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => fail())
}
for (const step of publish) {
  if (!run(step)) fail()
}
switchOut()
console.log(`\n✔ The site is built in ${OUT}/ (${staging})`)
