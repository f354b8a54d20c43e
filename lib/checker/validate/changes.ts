/**
 * A substantive change needs a change note (`changes` in lib/content/model.ts). When a
 * field a reader acts on (status, period, rounds, contacts, members, partner regions) differs
 * between the working tree and git HEAD, and the file has no change note dated today or
 * later than its last commit, `npm run check` warns, naming the field. A new file needs
 * none: the site lists it as new from its first commit. Without git (a copy without .git)
 * there is nothing to compare, and nothing is said.
 */
import { execFileSync } from 'node:child_process'
import { isDeepStrictEqual } from 'node:util'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { say } from '../messages'
import type { Problem } from '../../content/problems'
import type { ContentFile } from './load'

/**
 * The fields whose change a reader should be told about: what a programme, agreement,
 * network or county council is now (status, period), when to apply (rounds), whom to ask
 * (contacts), who takes part (members, counties) and where (regions, countries, the partner).
 */
export const SUBSTANTIVE_FIELDS = [
  'status',
  'period',
  'rounds',
  'contacts',
  'members',
  'counties',
  'regions',
  'regionParts',
  'countries',
  'country',
  'partnerName',
] as const

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch {
    return undefined
  }
}

function frontMatter(text: string): Record<string, unknown> | undefined {
  try {
    const data = matter(text, { engines: { yaml: (s: string) => parseYaml(s) ?? {} } }).data
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

type Note = { date?: unknown }

/** Has the file a note that covers a change made since its last commit? */
function hasNoteSince(data: Record<string, unknown>, lastCommit: string, today: string): boolean {
  const notes = Array.isArray(data.changes) ? (data.changes as Note[]) : []
  return notes.some((n) => {
    const date = String(n?.date ?? '')
    return date === today || date > lastCommit
  })
}

/** The warnings for files whose substantive fields changed since HEAD without a change note. */
export function changeNoteProblems(
  files: readonly ContentFile[],
  today: string,
  cwd: string,
): Problem[] {
  // One call for the files that differ from HEAD (paths relative to cwd, as files name them).
  const changed = git(['diff', '--name-only', '--relative', 'HEAD', '--', '.'], cwd)
  if (!changed) return []
  const differs = new Set(changed.split('\n').filter(Boolean))
  const problems: Problem[] = []
  for (const f of files.filter((x) => differs.has(x.file))) {
    const committedText = git(['show', `HEAD:./${f.file}`], cwd)
    const committed = committedText === undefined ? undefined : frontMatter(committedText)
    if (!committed) continue // new in the working tree: listed as new, no note needed
    const fields = SUBSTANTIVE_FIELDS.filter((k) => !isDeepStrictEqual(committed[k], f.data[k]))
    if (fields.length === 0) continue
    const lastCommit = git(['log', '-1', '--format=%cs', '--', f.file], cwd)?.trim() ?? ''
    if (hasNoteSince(f.data, lastCommit, today)) continue
    problems.push({
      file: f.file,
      field: fields[0],
      severity: 'warning',
      ...say('changeNoteMissing', { fields: [...fields], lastCommit, today }),
    })
  }
  return problems
}
