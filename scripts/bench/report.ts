/** The benchmark report as Markdown: what `npm run bench` prints and commits. */
import type { DevEdit } from './dev-edit'
import type { measureLighthouse } from './lighthouse'
import type { Budget } from './page-weight'
import type { Scaling, SizeRow } from './scaling'
import type { benchSearch } from './search'
import type { measureWeights } from './weights'

export type Machine = {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  chromium: string
  loadAverage: number[]
}
export type Report = {
  date: string
  machine: Machine
  lighthouseVersion?: string
  options: Record<string, unknown>
  weights?: Awaited<ReturnType<typeof measureWeights>>
  budgets?: {
    reading: Required<Pick<Budget, 'js' | 'total'>>
    interactive: Required<Pick<Budget, 'js' | 'total'>>
  }
  lighthouse?: Awaited<ReturnType<typeof measureLighthouse>>
  search?: Awaited<ReturnType<typeof benchSearch>> & { markdown?: string }
  previousScaling?: { date: string; report: string; rows: SizeRow[] }
  scaling?: Scaling
  devEdit?: DevEdit
  minutes?: number
}
type Cell = string | number

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const table = (head: string[], rows: Cell[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

/** A report section: its heading, one paragraph saying how it was measured, then its blocks. */
function section(heading: string, intro: string, ...blocks: string[]): string {
  return [heading, '', intro, '', ...blocks].join('\n')
}

function weights(report: Report): string {
  const rows = (report.weights ?? []).map((r) => {
    const w = r.weight
    return [
      r.type,
      r.lang,
      `\`${r.path}\``,
      `${kb(w.html.raw)} / ${kb(w.html.gzip)}`,
      `${kb(w.css.raw)} / ${kb(w.css.gzip)}`,
      `${kb(w.js.raw)} / ${kb(w.js.gzip)}`,
      `${kb(w.total.raw)} / **${kb(w.total.gzip)}**`,
      w.requests,
    ]
  })
  const b = report.budgets!
  return section(
    '## 1. Page weight',
    'Each page loaded once in headless Chromium with an empty cache; every response counted. KB = 1024 bytes, shown as raw / gzip (gzip computed from the bodies at zlib’s default level).',
    table(['page type', 'lang', 'path', 'HTML', 'CSS', 'JS', 'total', 'requests'], rows),
    '',
    `Budgets (gzip, \`bench/budgets.json\`): reading pages JS ≤ ${kb(b.reading.js)} KB, total ≤ ${kb(b.reading.total)} KB; finder and search JS ≤ ${kb(b.interactive.js)} KB, total ≤ ${kb(b.interactive.total)} KB.`,
  )
}

function lighthouse(report: Report): string {
  const ms = (x: number) => `${Math.round(x)} ms`
  const rows = (report.lighthouse ?? []).map((r) => [
    r.type,
    r.lang,
    `\`${r.path}\``,
    r.scores.performance,
    r.scores.accessibility,
    r.scores['best-practices'],
    r.scores.seo,
    ms(r.metrics.lcp),
    ms(r.metrics.tbt),
    r.metrics.cls.toFixed(3),
    r.failing.length ? r.failing.join(', ') : '–',
  ])
  return section(
    '## 2. Lighthouse',
    `Lighthouse ${report.lighthouseVersion ?? ''} with the system Chromium, mobile preset (simulated slow 4G, 4× CPU slowdown); the median of ${report.lighthouse?.[0]?.runs ?? 3} runs per value.`,
    table(
      [
        'page type',
        'lang',
        'path',
        'Perf.',
        'A11y',
        'Best pr.',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'audits not passed (any run)',
      ],
      rows,
    ),
  )
}

function scaling(report: Report): string {
  const s = report.scaling!
  const sec = (x: number) => x.toFixed(1)
  const ms = (x: number) => `${(x * 1000).toFixed(0)} ms`
  const rows = s.rows.map((r) => [
    `${r.factor}×`,
    r.documents,
    r.pages,
    sec(r.contentSeconds),
    sec(r.nextSeconds),
    sec(r.totalSeconds),
    r.totalCpuSeconds === undefined ? '–' : sec(r.totalCpuSeconds),
    Math.round(r.peakMb),
    `${(r.outBytes / 1024 ** 2).toFixed(1)} MB (${r.outFiles} files)`,
  ])
  const steps = s.steps.map((st) => [
    `${st.from}× → ${st.to}×`,
    ms(st.secondsPerPage),
    st.cpuSecondsPerPage === undefined ? '–' : ms(st.cpuSecondsPerPage),
    st.compileCpuSecondsPerDocument === undefined ? '–' : ms(st.compileCpuSecondsPerDocument),
    st.compileSecondsPerDocument === undefined ? '–' : ms(st.compileSecondsPerDocument),
    st.nextSecondsPerPage === undefined ? '–' : ms(st.nextSecondsPerPage),
    `${st.mbPerPage.toFixed(2)} MB`,
    `${kb(st.bytesPerPage)} KB`,
  ])
  const list = (xs: number[] | undefined) => (xs ?? []).map((x) => x.toFixed(2)).join(', ')
  const tolerance = s.tolerance ?? 1.5
  const verdict =
    s.linear === null
      ? 'Linearity needs at least three sizes; not judged.'
      : `Growth is ${s.linear ? '' : 'not '}linear by the measure of this report: an added page at the larger step costs at most ${tolerance}× the CPU time it cost at the step before, for the whole build (ratios ${list(s.ratios)}) and for the content compile per added document (ratios ${list(s.compileRatios)}). CPU time is used because the machine is shared; in wall-clock time the ratios are ${list(s.wallRatios)}.`
  const prev = report.previousScaling
  const previous = prev
    ? [
        `The last report (${prev.date.slice(0, 10)}, \`${prev.report}\`), for comparison:`,
        '',
        table(
          [
            'content',
            'documents',
            'pages',
            'content compile (s)',
            'next build (s)',
            'total build (s)',
            'peak memory (MB)',
          ],
          prev.rows.map((r) => [
            `${r.factor}×`,
            r.documents,
            r.pages,
            sec(r.contentSeconds),
            sec(r.nextSeconds),
            sec(r.totalSeconds),
            Math.round(r.peakMb),
          ]),
        ),
      ].join('\n')
    : ''
  return section(
    '## 3. Build scaling',
    "A temporary copy of the project with every document cloned k times (new id and slug, both languages; the references of clone k point to the clones k of the documents they name, so each round is a whole site with its own counties and programmes). Each size is built with the whole `npm run build` (scripts/build.ts: content check, compile, next build, strip, search index, …) from a clean copy; every build renders every page. 'total build' is every step of the build; the compile and next build columns are those steps alone. Times in seconds, wall clock; peak memory is the largest resident set of one build step.",
    table(
      [
        'content',
        'documents',
        'pages',
        'content compile (s)',
        'next build (s)',
        'total build (s)',
        'total CPU time (s)',
        'peak memory (MB)',
        'output',
      ],
      rows,
    ),
    '',
    steps.length
      ? table(
          [
            'step',
            'build time per added page',
            'CPU time per added page',
            'compile CPU time per added document',
            'compile time per added document',
            'next build per added page',
            'peak memory per added page',
            'output per added page',
          ],
          steps,
        )
      : '',
    '',
    verdict,
    '',
    previous,
    ...s.skipped.map(
      (k) =>
        `\n${k.factor}× was not built: at the measured rate it would take about ${k.estimatedMinutes.toFixed(0)} minutes, over the time box (\`--max-minutes\`).`,
    ),
    ...(s.failed ?? []).map((f) => `\n${f.factor}× failed to build:\n\n\`\`\`\n${f.error}\n\`\`\``),
  )
}

function devEdit(report: Report): string {
  const d = report.devEdit!
  return section(
    '## 4. A content edit in `npm run dev`',
    `In a copy of the project, \`npm run dev\` (page scripts, \`contentlayer2 dev\`, \`next dev\`) is started and \`${d.page}\` loaded until it answers; then \`${d.file}\` is saved ${d.editSeconds.length} times, each time with a new word added to its text, and the page is fetched every 100 ms until it shows the word. Seconds, wall clock.`,
    table(
      ['first page after start (s)', 'each edit until shown (s)', 'median edit (s)'],
      [
        [
          d.firstPageSeconds.toFixed(1),
          d.editSeconds.map((s) => s.toFixed(1)).join(', '),
          `**${d.medianEditSeconds.toFixed(1)}**`,
        ],
      ],
    ),
  )
}

export function renderMarkdown(report: Report): string {
  const m = report.machine
  return [
    `# Benchmark ${report.date.slice(0, 10)}`,
    '',
    `Run ${report.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}; Node ${m.node}; ${m.chromium}. Load average at the start: ${m.loadAverage.join(', ')} (the machine is shared: timings vary with load, byte counts do not). Took ${(report.minutes ?? 0).toFixed(1)} minutes.`,
    '',
    'Reproduce: `npm install && npm run bench` (options: `--factors 1,10,100 --max-minutes 15 --runs 3 --edits 3 --parts weights,lighthouse,scaling,dev`).',
    '',
    report.weights ? weights(report) : '',
    '',
    report.lighthouse ? lighthouse(report) : '',
    '',
    report.search
      ? [
          '## Search',
          '',
          report.search.markdown ?? '```json\n' + JSON.stringify(report.search, null, 2) + '\n```',
        ].join('\n')
      : '',
    '',
    report.scaling ? scaling(report) : '',
    '',
    report.devEdit ? devEdit(report) : '',
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
}
