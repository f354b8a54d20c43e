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

/** file (relative to cwd, with /) → YYYY-MM-DD of the last commit that changed it. */
function lastCommitDays(
  dirs: readonly string[] = HISTORY_DIRS,
  cwd = process.cwd(),
): Map<string, string> {
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
    return new Map()
  }
  const days = new Map<string, string>()
  // Newest first: the first commit that names a file is its last change.
  for (const commit of log.split('\0').slice(1)) {
    const [day, ...files] = commit.split('\n')
    for (const file of files) if (file && !days.has(file)) days.set(file, day)
  }
  return days
}

let cached: Map<string, string> | undefined

/** The day a content file last changed, from its history, or the fallback (its `updated` date) where it has none. */
export function lastUpdatedDay(file: string, fallback: string): string {
  cached ??= lastCommitDays()
  return cached.get(file) ?? fallback
}
