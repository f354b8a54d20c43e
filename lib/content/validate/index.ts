/**
 * The content checker behind `npm run check`: reads the raw content files and returns
 * every problem at once, each naming file and field, what is wrong and what is expected.
 * Errors stop the build; warnings (a translation marked pending) do not.
 */
import { join } from 'node:path'
import { LANGS } from '../../i18n/config'
import { isoDay } from '../../i18n/format'
import type { Problem } from '../problems'
import { referenceProblems } from '../references'
import { documentPath } from '../paths'
import { bodyProblems } from './body'
import { PLACEHOLDER, validateFields } from './fields'
import { slugProblem } from './formats'
import { ruleProblems } from './rules'
import { loadContent, type ContentFile, type UnreadableFile } from './load'
import { sitePages } from './site'

export type CheckOptions = { today?: string; cwd?: string; publicDir?: string }

export function checkContent(dirs: string[], options: CheckOptions = {}): Problem[] {
  const cwd = options.cwd ?? process.cwd()
  // Today in Oslo: "checked" and "updated" may not be later.
  const today = options.today ?? isoDay(new Date())
  const { files, unreadable, problems } = loadContent(dirs, cwd)

  for (const f of files) {
    const slug = slugProblem(f.slug)
    if (slug) problems.push({ file: f.file, field: 'file name', ...slug })
    for (const p of validateFields(f.type, f.data, today)) problems.push({ file: f.file, ...p })
    for (const p of ruleProblems(f.type, f.data)) problems.push({ file: f.file, ...p })
  }
  // A placeholder is reported as such, not also as an unknown reference.
  const refs = referenceProblems(files.map((f) => ({ type: f.type, file: f.file, data: f.data })))
  problems.push(...refs.filter((p) => !p.message.endsWith(`"${PLACEHOLDER}"`)))
  problems.push(...translationProblems(files, unreadable))

  const pages = sitePages(files)
  problems.push(...clashes(pages))
  const ctx = {
    pages: new Set(pages.keys()),
    contactIds: new Set(files.filter((f) => f.type === 'Contact').map((f) => String(f.data.id))),
    publicDir: options.publicDir ?? join(cwd, 'public'),
  }
  for (const f of files) problems.push(...bodyProblems(f, ctx))

  // Grouped by file, in the order found within a file.
  return problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => a.file.localeCompare(b.file) || i - j).map(([p]) => p)
}

export const isError = (p: Problem) => p.severity !== 'warning'

/**
 * Pairs: each document has one file per language sharing its id. A missing translation is
 * an error, unless the file says `translation: pending` (then readers get a fallback page).
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
        problems.push({ file: dup.file, field: 'id', message: `"${id}" is also the id of ${inLang[0].file}`, expected: `each document has its own id; only its ${LANGS.join(' and ')} files share it` })
      }
    }
    // A file that cannot be read is reported on its own; it is not also a missing translation.
    const missing = LANGS.filter((l) => !same.some((f) => f.lang === l) && !unreadable.some((u) => u.type === same[0].type && u.lang === l && u.id === id))
    for (const f of same) {
      const folder = f.file.slice(0, f.file.lastIndexOf(`/${f.lang}/`))
      for (const lang of missing) {
        if (f.data.translation === 'pending') {
          problems.push({
            file: f.file,
            field: 'translation',
            message: `the ${lang} translation is pending: ${lang} readers see this text at ${documentPath(f.type, lang, f.slug, id)} with a notice`,
            expected: `write ${folder}/${lang}/<name>.md with id: ${id}, then remove "translation: pending"`,
            severity: 'warning',
          })
        } else {
          problems.push({
            file: f.file,
            field: 'id',
            message: `has no ${lang} translation: no file in ${folder}/${lang}/ has id: ${id}`,
            expected: `write ${folder}/${lang}/<name>.md with id: ${id}, or add the line "translation: pending" to this file`,
          })
        }
      }
      if (missing.length === 0 && f.data.translation === 'pending') {
        problems.push({ file: f.file, field: 'translation', message: 'says pending, but every language has its file', expected: 'remove the line "translation: pending"', severity: 'warning' })
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
      const others = claims.filter((_, j) => j !== i).map((o) => ('file' in o ? o.file.file : `the section "${o.section}"`))
      problems.push({
        file: c.file.file,
        field: 'file name',
        message: `gives the address ${path}, which ${others.join(' and ')} also has`,
        expected: 'a file name (slug) that no other page in this language uses',
      })
    })
  }
  return problems
}
