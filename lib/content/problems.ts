/** A problem in a content file, said so that an editor can fix it. */
export type Problem = {
  file: string // path from the project root, e.g. content/agreements/nb/kaunas.md
  field: string // e.g. "counties[1]" or "priorities[0].agreements[2]"
  message: string // what is wrong
  expected?: string // what is expected instead
  severity?: 'error' | 'warning'
}

/** "file: field: what is wrong (what is expected)" */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}${p.expected ? ` (${p.expected})` : ''}`
}
