/** A problem in a content file, said so that an editor can fix it. */
import {
  DEFAULT_CHECK_LANG,
  fieldLabel,
  render,
  type CheckLang,
  type Said,
} from '../checker/messages'

export type Problem = Said & {
  file: string // path from the project root, e.g. content/agreements/nb/kaunas.md
  field: string // e.g. "counties[1]" or "priorities[0].agreements[2]", or a part of the file (PART)
  line?: number // the line of the file (1-based) the problem is on, where it has one
  severity?: 'error' | 'warning'
}

/** "file:line: field: what is wrong (what is expected)", in the editor's language. */
export function formatProblem(p: Problem, lang: CheckLang = DEFAULT_CHECK_LANG): string {
  const { message, expected } = render(p, lang)
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${fieldLabel(p.field, lang)}: ${message}${expected ? ` (${expected})` : ''}`
}
