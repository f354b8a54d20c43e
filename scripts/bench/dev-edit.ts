/**
 * Part 4 of the benchmark: how long a content edit takes to show in `npm run dev`, the
 * editor's real loop. In a copy of the project (scripts/lib/project-copy.ts) it starts
 * `npm run dev` (page scripts, `contentlayer2 dev` and `next dev`) on a port of its own,
 * loads a page until it answers (the first compile), then edits the page's content file
 * several times, each time adding a new word to its text, and polls the page until it
 * shows that word. Reported in seconds, wall clock: from the start to the first page, and
 * from each save to the page showing it.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { copyEnv, copyProject } from '../lib/project-copy'

/** The page and the file behind it (a programme: one of the larger pages). */
const PAGE = '/nb/program/nora/'
const FILE = 'content/programmes/nb/nora.md'
/** How long to wait for one answer before calling the run failed. */
const TIME_LIMIT_MS = 5 * 60_000

export type DevEdit = {
  page: string
  file: string
  /** From `npm run dev` to the first answer of the page. */
  firstPageSeconds: number
  /** From each save to the page showing the new word. */
  editSeconds: number[]
  medianEditSeconds: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Polls the page until its HTML passes `shows`; the seconds it took. */
async function until(url: string, shows: (html: string) => boolean): Promise<number> {
  const start = performance.now()
  while (performance.now() - start < TIME_LIMIT_MS) {
    const html = await fetch(url).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    )
    if (shows(html)) return (performance.now() - start) / 1000
    await sleep(100)
  }
  throw new Error(`${url} did not show the change within ${TIME_LIMIT_MS / 60_000} minutes`)
}

export async function measureDevEdit(
  root: string,
  { port, edits, log }: { port: number; edits: number; log: (line: string) => void },
): Promise<DevEdit> {
  const dir = copyProject(root, 'bench-dev')
  let output = ''
  // Its own process group, so stopping it stops Contentlayer, Next and esbuild with it.
  const dev = spawn('npm', ['run', '--silent', 'dev'], {
    cwd: dir,
    detached: true,
    env: copyEnv(dir, { PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  dev.stdout.on('data', (d) => (output = (output + d).slice(-4000)))
  dev.stderr.on('data', (d) => (output = (output + d).slice(-4000)))
  const url = `http://127.0.0.1:${port}${PAGE}`
  try {
    const firstPageSeconds = await until(url, (html) => html.includes('<h1'))
    log(`  first page: ${firstPageSeconds.toFixed(1)} s`)
    const editSeconds: number[] = []
    for (let i = 1; i <= edits; i++) {
      const word = `Benchmerke${Date.now()}`
      appendFileSync(join(dir, FILE), `\n${word}\n`)
      editSeconds.push(await until(url, (html) => html.includes(word)))
      log(`  edit ${i}: ${editSeconds.at(-1)!.toFixed(1)} s`)
    }
    return {
      page: PAGE,
      file: FILE,
      firstPageSeconds,
      editSeconds,
      medianEditSeconds: median(editSeconds),
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\nnpm run dev said:\n${output}`)
  } finally {
    const exited = new Promise((r) => dev.once('exit', r))
    try {
      process.kill(-dev.pid!, 'SIGTERM')
    } catch {}
    await Promise.race([exited, sleep(10_000)])
    // Next may still be writing its cache for a moment: retry, and never fail the report for it.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
    } catch (error) {
      log(`  (could not remove ${dir}: ${(error as Error).message})`)
    }
  }
}
