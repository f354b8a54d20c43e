/**
 * "Last updated" from the content's real history: the day of the last commit that
 * changed a file (git log's committer date, %cs), never the day of the build.
 *
 * One git call for every content file at once (per process: Next renders pages in a few
 * workers, each asks once), not one per file. Where there is no history (a copy without
 * .git, as the benchmark's scaling clones are; a file not committed yet; git missing),
 * a file has no entry and the page falls back to the content's own date, `updated`.
 * A shallow clone gives every file the date of the newest commit it has: build from a
 * full clone (`git fetch --unshallow`).
 */
import { execFileSync } from 'node:child_process'

/** The folders whose files' history is read (as Contentlayer names them: relative to the project root). */
const HISTORY_DIRS = ['content', 'tests/fixtures/site-content']

/**
 * Per file (relative to cwd, with /): the day of the last commit that changed it and of the
 * first that added it (when the site began to show it: "new" in the list of changes).
 */
export function commitDays(
  dirs: readonly string[] = HISTORY_DIRS,
  cwd = process.cwd(),
): { last: Map<string, string>; first: Map<string, string> } {
  let log: string
  try {
    // %x00 starts each commit; --cc also names the files a merge itself changed (a resolved conflict),
    // as `git log -1 -- <file>` would find it; --relative keeps paths relative to cwd.
    log = execFileSync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'log',
        '--format=%x00%cs',
        '--name-only',
        '--cc',
        '--relative',
        '--',
        ...dirs,
      ],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      },
    )
  } catch {
    return { last: new Map(), first: new Map() }
  }
  const last = new Map<string, string>()
  const first = new Map<string, string>()
  // Newest first: the first commit that names a file is its last change, the last one its first.
  for (const commit of log.split('\0').slice(1)) {
    const [day, ...files] = commit.split('\n')
    for (const file of files) {
      if (!file) continue
      if (!last.has(file)) last.set(file, day)
      first.set(file, day)
    }
  }
  return { last, first }
}

let cached: ReturnType<typeof commitDays> | undefined

/** The day a content file last changed, from its history, or the fallback (its `updated` date) where it has none. */
export function lastUpdatedDay(file: string, fallback: string): string {
  cached ??= commitDays()
  return cached.last.get(file) ?? fallback
}

/** The day a content file was first committed, or undefined where there is no history. */
export function firstCommitDay(file: string): string | undefined {
  cached ??= commitDays()
  return cached.first.get(file)
}
