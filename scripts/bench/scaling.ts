/**
 * Part 3 of the benchmark: how the build grows with the content. In a temporary copy of
 * the project, the content is multiplied (1×, 10×, 100× by default) by cloning every
 * document with a new id and slug, in both languages, its references pointing to the
 * clones of the same round. Each size is then built with `npm run build`'s own script,
 * clean and again after one changed file, each step timed by the build (BUILD_STEP_TIMES).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { copyProject } from '../lib/project-copy'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f))
}

/**
 * Fields that hold the ids of other documents (lib/content/model.ts: every `ref` field,
 * alone, in a list or in a nested part). A clone's references point to the clones of the
 * same round, so each round is a whole site of its own: as many counties, programmes and
 * networks as agreements, the way real content would spread, not thousands of documents
 * hanging on the same four counties.
 */
const REF_FIELDS = new Set([
  'county',
  'counties',
  'predecessors',
  'successors',
  'agreements',
  'networks',
  'programmes',
  'contacts',
  'through',
])

function withSuffixedRefs(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withSuffixedRefs(v, suffix))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]): [string, unknown] => {
      if (!REF_FIELDS.has(key)) return [key, withSuffixedRefs(v, suffix)]
      if (typeof v === 'string') return [key, v + suffix]
      if (Array.isArray(v))
        return [
          key,
          v.map((x) => (typeof x === 'string' ? x + suffix : withSuffixedRefs(x, suffix))),
        ]
      return [key, withSuffixedRefs(v, suffix)]
    }),
  )
}

/**
 * Adds factor−1 clones of every document but the free pages: `<slug>-s<k>.md` with `id: <id>-s<k>`, the title
 * marked so the pages differ, and every reference pointing to the clone of round k. The
 * Norwegian and English clone share the new id.
 * Returns the number of documents after cloning.
 */
function multiplyContent(contentDir: string, factor: number): number {
  // Free pages (about, privacy, accessibility) are the site's own, one of each: a larger site
  // has more counties, strategies, agreements, networks, programmes and contacts, not more
  // "about" pages. (The footer links every free page from every page.)
  const all = markdownFiles(contentDir)
  const originals = all.filter((f) => !f.includes('/pages/'))
  for (const file of originals) {
    const text = readFileSync(file, 'utf8')
    const end = text.indexOf('\n---', 4)
    const data = parse(text.slice(4, end))
    const body = text.slice(end)
    for (let k = 1; k < factor; k++) {
      const suffix = `-s${k}`
      const clone = {
        ...(withSuffixedRefs(data, suffix) as Record<string, unknown>),
        id: data.id + suffix,
        title: `${data.title} (S${k})`,
      }
      writeFileSync(
        file.replace(/\.md$/, `${suffix}.md`),
        `---\n${stringify(clone, { lineWidth: 0 })}${body}`,
      )
    }
  }
  return all.length + originals.length * (factor - 1)
}

/**
 * Runs one build step under /usr/bin/time: wall time, CPU time (user + system, of the step
 * and its children) and the peak resident memory of the step. On a shared machine the wall
 * time grows with the load of others; the CPU time much less, so linearity is judged on it.
 */
type Timed = { seconds: number; cpuSeconds: number; peakMb: number }

function timed(
  cmd: string,
  args: string[],
  cwd: string,
  extraEnv: Record<string, string> = {},
): Timed {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PWD: cwd,
    INIT_CWD: cwd,
    SITE_FIXTURES: '',
    ...extraEnv,
  }
  const start = performance.now()
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const seconds = (performance.now() - start) / 1000
  if (run.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`.slice(-4000),
    )
  const [user, system, peakKb] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number)
  return { seconds, cpuSeconds: user + system, peakMb: peakKb / 1024 }
}

function folderSize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0
  let files = 0
  let pages = 0
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const s = statSync(join(dir, f))
    if (!s.isFile()) continue
    bytes += s.size
    files++
    if (f.endsWith('.html')) pages++
  }
  return { bytes, files, pages }
}

/**
 * One whole `npm run build` (scripts/build.ts, every step: the content check, the compile,
 * next build, strip, search index, …), each step timed
 * by the build itself (BUILD_STEP_TIMES). `content` is the compile, `next` is next build,
 * `rest` the other steps together.
 */
function buildSteps(root: string, dir: string) {
  // Outside the copy, so the copy holds only the project.
  const timesFile = `${dir}.times.jsonl`
  for (const f of [timesFile, `${timesFile}.step`]) rmSync(f, { force: true })
  timed(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], dir, {
    BUILD_STEP_TIMES: timesFile,
  })
  const steps = readFileSync(timesFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Timed & { step: string })
  for (const f of [timesFile, `${timesFile}.step`]) rmSync(f, { force: true })
  const sum = (list: Timed[], key: 'seconds' | 'cpuSeconds') => list.reduce((a, s) => a + s[key], 0)
  const one = (name: string) =>
    steps.find((s) => s.step === name) ?? { seconds: 0, cpuSeconds: 0, peakMb: 0 }
  const content = one('compile the content')
  const next = one('build the pages')
  const rest = steps.filter((s) => s !== content && s !== next)
  return {
    content,
    next,
    rest: { seconds: sum(rest, 'seconds'), cpuSeconds: sum(rest, 'cpuSeconds') },
    seconds: sum(steps, 'seconds'),
    cpuSeconds: sum(steps, 'cpuSeconds'),
    peakMb: Math.max(...steps.map((s) => s.peakMb)),
    steps: steps.map((s) => ({ step: s.step, seconds: Math.round(s.seconds * 10) / 10 })),
  }
}

/** Builds the project at one content size, clean, and measures each step. */
function measureSize(root: string, factor: number) {
  const dir = copyProject(root, 'bench-scaling')
  try {
    const documents = multiplyContent(join(dir, 'content'), factor)
    const clean = buildSteps(root, dir)
    // out/ is a link to the site's folder (scripts/build.ts): measure the folder.
    const out = folderSize(realpathSync(join(dir, 'out')))
    return {
      factor,
      documents,
      pages: out.pages,
      contentSeconds: clean.content.seconds,
      nextSeconds: clean.next.seconds,
      restSeconds: clean.rest.seconds,
      totalSeconds: clean.seconds,
      contentCpuSeconds: clean.content.cpuSeconds,
      nextCpuSeconds: clean.next.cpuSeconds,
      totalCpuSeconds: clean.cpuSeconds,
      peakMb: clean.peakMb,
      outBytes: out.bytes,
      outFiles: out.files,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** How much more an added page may cost at the next size for growth to count as linear. */
const LINEAR_TOLERANCE = 1.2

/**
 * Marginal cost per page between successive sizes, and whether growth is linear: the
 * cost per added page (whole build) and per added document (content compile) grows by at
 * most LINEAR_TOLERANCE from one step to the next.
 */
export type SizeRow = ReturnType<typeof measureSize>

function analyseScaling(rows: SizeRow[]) {
  const steps = rows.slice(1).map((r, i) => {
    const prev = rows[i]
    const pages = r.pages - prev.pages
    return {
      from: prev.factor,
      to: r.factor,
      secondsPerPage: (r.totalSeconds - prev.totalSeconds) / pages,
      compileSecondsPerDocument:
        (r.contentSeconds - prev.contentSeconds) / (r.documents - prev.documents),
      nextSecondsPerPage: (r.nextSeconds - prev.nextSeconds) / pages,
      cpuSecondsPerPage: (r.totalCpuSeconds - prev.totalCpuSeconds) / pages,
      compileCpuSecondsPerDocument:
        (r.contentCpuSeconds - prev.contentCpuSeconds) / (r.documents - prev.documents),
      mbPerPage: (r.peakMb - prev.peakMb) / pages,
      bytesPerPage: (r.outBytes - prev.outBytes) / pages,
    }
  })
  // Linear: the cost of an added page (and of an added document, for the compile) at the
  // largest step is within LINEAR_TOLERANCE of the step before.
  type Step = (typeof steps)[number]
  const ratio = (key: keyof Step) => steps.slice(1).map((s, i) => s[key] / steps[i][key])
  const ratios = ratio('cpuSecondsPerPage')
  const compileRatios = ratio('compileCpuSecondsPerDocument')
  const wallRatios = ratio('secondsPerPage')
  const within = (xs: number[]) => (xs.length === 0 ? null : xs.every((x) => x <= LINEAR_TOLERANCE))
  const linear = within(ratios) === null ? null : Boolean(within(ratios) && within(compileRatios))
  return { steps, ratios, compileRatios, wallRatios, linear, tolerance: LINEAR_TOLERANCE }
}

/** Part 3: every factor in turn, stopping early when a size takes longer than the time box. */
export function measureScaling(
  root: string,
  factors: number[],
  {
    maxMinutes = 15,
    log = console.log,
  }: { maxMinutes?: number; log?: (line: string) => void } = {},
) {
  if (!existsSync('/usr/bin/time'))
    throw new Error('Build scaling needs /usr/bin/time (Debian: apt-get install time).')
  execFileSync(join(root, 'node_modules', '.bin', 'contentlayer2'), ['--help'], { stdio: 'ignore' })
  const rows: SizeRow[] = []
  const skipped: { factor: number; estimatedMinutes: number }[] = []
  const failed: { factor: number; error: string }[] = []
  for (const factor of factors) {
    // Estimate from the last size, assuming linear growth; skip a size that would not fit the time box.
    const last = rows.at(-1)
    const estimate = last ? (last.totalSeconds * factor) / last.factor / 60 : 0
    if (estimate > maxMinutes) {
      skipped.push({ factor, estimatedMinutes: estimate })
      log(
        `  ${factor}×: skipped, estimated ${estimate.toFixed(1)} min > time box ${maxMinutes} min (--max-minutes)`,
      )
      continue
    }
    log(`  ${factor}×: building…`)
    let row
    try {
      row = measureSize(root, factor)
    } catch (error) {
      // A size the build cannot manage is a finding, not a reason to lose the report.
      const message = String(error instanceof Error ? error.message : error)
      failed.push({
        factor,
        error: message
          .split('\n')
          .filter((l) => /error|failed|took more/i.test(l))
          .slice(-5)
          .join('\n'),
      })
      log(`  ${factor}×: the build failed:\n${message.slice(-1500)}`)
      break
    }
    log(
      `  ${factor}×: ${row.documents} documents, ${row.pages} pages, ${row.totalSeconds.toFixed(1)} s, peak ${row.peakMb.toFixed(0)} MB`,
    )
    rows.push(row)
  }
  return { rows, skipped, failed, ...analyseScaling(rows) }
}

export type Scaling = ReturnType<typeof measureScaling>
