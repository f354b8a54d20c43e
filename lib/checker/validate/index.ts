/**
 * The content checker behind `npm run check`: reads the raw content files and returns
 * every problem at once, each naming file and field, what is wrong and what is expected.
 * Errors stop the build; warnings (a translation marked pending, the review queue) do not.
 */
import { join } from 'node:path'
import { LANGS, REQUIRED_GROUPS } from '../../i18n/config'
import { isoDay } from '../../i18n/format'
import { PART, say } from '../messages'
import type { Problem } from '../../content/problems'
import { referenceProblems } from '../../content/references'
import { documentPath } from '../../content/paths'
import { bodyProblems } from './body'
import { changeNoteProblems } from './changes'
import { PLACEHOLDER, validateFields } from './fields'
import { slugProblem } from './formats'
import { ruleProblems } from './rules'
import { lineOf, loadContent, type ContentFile, type UnreadableFile } from './load'
import { sitePages } from './site'
import { reviewProblems } from '../review'
import { termProblems } from './terms'

export type CheckOptions = { today?: string; cwd?: string; publicDir?: string }

/** Every error and warning of the content's structure: fields, references, translations, addresses, bodies. */
export function checkContent(dirs: string[], options: CheckOptions = {}): Problem[] {
  return structureProblems(loadContent(dirs, options.cwd ?? process.cwd()), options)
}

/** All that npm run check reports: the structure, and the warnings about the site's own words (terms.ts). */
export async function checkAll(dirs: string[], options: CheckOptions = {}): Promise<Problem[]> {
  const cwd = options.cwd ?? process.cwd()
  const loaded = loadContent(dirs, cwd)
  const problems = structureProblems(loaded, options)
  return byFileInOrder([...problems, ...(await termProblems(loaded.files, cwd))])
}

function structureProblems(
  { files, unreadable, problems }: ReturnType<typeof loadContent>,
  options: CheckOptions,
): Problem[] {
  const cwd = options.cwd ?? process.cwd()
  // Today in Oslo: "checked" and "updated" may not be later.
  const today = options.today ?? isoDay(new Date())

  for (const f of files) {
    const slug = slugProblem(f.slug)
    if (slug) problems.push({ file: f.file, field: PART.fileName, ...slug })
    for (const p of validateFields(f.type, f.data, today)) problems.push({ file: f.file, ...p })
    for (const p of ruleProblems(f.type, f.data)) problems.push({ file: f.file, ...p })
  }
  // A placeholder is reported as such, not also as an unknown reference.
  const refs = referenceProblems(files.map((f) => ({ type: f.type, file: f.file, data: f.data })))
  problems.push(...refs.filter((p) => !(p.code === 'unknownRef' && p.params.value === PLACEHOLDER)))
  problems.push(...translationProblems(files, unreadable))

  const pages = sitePages(files)
  problems.push(...clashes(pages))
  const ctx = {
    pages: new Set(pages.keys()),
    contactIds: new Set(files.filter((f) => f.type === 'Contact').map((f) => String(f.data.id))),
    publicDir: options.publicDir ?? join(cwd, 'public'),
  }
  for (const f of files) problems.push(...bodyProblems(f, ctx))
  // A substantive change not yet committed, without a change note: a warning.
  problems.push(...changeNoteProblems(files, today, cwd))
  // The review queue (lib/checker/review): what needs a look again; warnings, the build goes on.
  problems.push(...reviewProblems(files, today))

  // Each problem on a field gets the line the field is on.
  const byFile = new Map(files.map((f) => [f.file, f]))
  for (const p of problems) {
    const f = byFile.get(p.file)
    if (p.line === undefined && f && !p.field.startsWith('@')) p.line = lineOf(f, p.field)
  }
  return byFileInOrder(problems)
}

/** Grouped by file, from the top of each file (a problem without a line first), else in the order found. */
function byFileInOrder(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => [p, i] as const)
    .sort(
      ([a, i], [b, j]) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || i - j,
    )
    .map(([p]) => p)
}

export const isError = (p: Problem) => p.severity !== 'warning'

/**
 * Translations: each document has a file in each required written standard
 * (REQUIRED_GROUPS in lib/i18n/config.ts: Bokmål or Nynorsk, and English), sharing its id.
 * A missing one is an error, unless the file says `translation: pending` (then readers get
 * a fallback page). A page in a language without its own file shows the fallback page.
 */
function translationProblems(files: ContentFile[], unreadable: UnreadableFile[]): Problem[] {
  const problems: Problem[] = []
  const groups = new Map<string, ContentFile[]>()
  for (const f of files) {
    if (typeof f.data.id !== 'string') continue
    const key = `${f.type} ${f.data.id}`
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push(f)
  }
  for (const same of groups.values()) {
    const id = String(same[0].data.id)
    for (const lang of LANGS) {
      const inLang = same.filter((f) => f.lang === lang)
      for (const dup of inLang.slice(1)) {
        problems.push({
          file: dup.file,
          field: 'id',
          ...say('duplicateId', { id, other: inLang[0].file, langs: LANGS }),
        })
      }
    }
    // A file that cannot be read is reported on its own; it is not also a missing translation.
    const present = (l: string) =>
      same.some((f) => f.lang === l) ||
      unreadable.some((u) => u.type === same[0].type && u.lang === l && u.id === id)
    const missing = REQUIRED_GROUPS.filter((group) => !group.some(present))
    for (const f of same) {
      const folder = f.file.slice(0, f.file.lastIndexOf(`/${f.lang}/`))
      for (const [lang, ...others] of missing) {
        if (f.data.translation === 'pending') {
          const path = documentPath(f.type, lang, f.slug, id)
          problems.push({
            file: f.file,
            field: 'translation',
            severity: 'warning',
            ...say('translationPending', { lang, path, folder, id }),
          })
        } else {
          problems.push({
            file: f.file,
            field: 'id',
            ...say('missingTranslation', { lang, others, folder, id }),
          })
        }
      }
      if (missing.length === 0 && f.data.translation === 'pending') {
        problems.push({
          file: f.file,
          field: 'translation',
          severity: 'warning',
          ...say('pendingButComplete'),
        })
      }
    }
  }
  return problems
}

/** Two things at one address: a document and a section, or two documents (e.g. a fallback page and a real one). */
function clashes(pages: ReturnType<typeof sitePages>): Problem[] {
  const problems: Problem[] = []
  for (const [path, claims] of pages) {
    if (claims.length < 2) continue
    claims.forEach((c, i) => {
      if (!('file' in c)) return
      const others = claims
        .filter((_, j) => j !== i)
        .map((o) => ('file' in o ? { file: o.file.file } : { section: o.section }))
      problems.push({
        file: c.file.file,
        field: PART.fileName,
        ...say('addressClash', { path, others }),
      })
    })
  }
  return problems
}
