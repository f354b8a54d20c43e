/**
 * npm run translations [-- <content dir> …] [--todo] [--lang en]: per document, whether the
 * file of every required language exists (and which optional ones, such as nynorsk, do), whether a missing one is marked pending, and
 * whether one was updated after the other (by their `updated` dates): then the older one
 * may be stale. The documents that need work come first, and the last line names them;
 * --todo shows only those. Norwegian unless --lang en or CHECK_LANG=en.
 * Information only: always exits 0 (npm run check stops the build on real errors).
 */
import { LANGS, REQUIRED_GROUPS, REQUIRED_LANGS, type Lang } from '../lib/i18n/config'
import { documentTypes } from '../lib/content/model'
import { CATALOGUES, checkLangOf } from '../lib/checker/messages'
import { loadContent, type ContentFile } from '../lib/checker/validate/load'

const args = process.argv.slice(2)
const lang = checkLangOf(args)
const todoOnly = args.includes('--todo')
const dirs = args.filter((a) => a !== '--todo')
if (dirs.length === 0) dirs.push('content')
const { files } = loadContent(dirs)
const words = CATALOGUES[lang].translations

/** What a document's translation needs, worst first. */
type Status =
  | { kind: 'missing' | 'pending'; missing: Lang[] }
  | { kind: 'stale'; newer: Lang; newerDate: string; older: Lang; olderDate: string }
  | { kind: 'ok'; date: string }
const ORDER: Record<Status['kind'], number> = { missing: 0, stale: 1, pending: 2, ok: 3 }

function status(byLang: Partial<Record<Lang, ContentFile>>): Status {
  const present = LANGS.filter((l) => byLang[l])
  // A document needs one file per written standard (Bokmål or Nynorsk; English): a
  // missing standard is named by its first language.
  const missing = REQUIRED_GROUPS.filter((group) => !group.some((l) => byLang[l])).map((g) => g[0])
  if (missing.length > 0)
    return {
      kind: present.some((l) => byLang[l]!.data.translation === 'pending') ? 'pending' : 'missing',
      missing,
    }
  const dates = present
    .map((l) => [l, String(byLang[l]!.data.updated)] as const)
    .sort((a, b) => b[1].localeCompare(a[1]))
  const [newest, oldest] = [dates[0], dates[dates.length - 1]]
  if (newest[1] !== oldest[1])
    return {
      kind: 'stale',
      newer: newest[0],
      newerDate: newest[1],
      older: oldest[0],
      olderDate: oldest[1],
    }
  return { kind: 'ok', date: newest[1] }
}

function describe(s: Status): string {
  switch (s.kind) {
    case 'missing':
      return words.missing(s)
    case 'pending':
      return words.pending(s)
    case 'stale':
      return words.stale(s)
    case 'ok':
      return words.ok(s)
  }
}

type Entry = {
  folder: string
  id: string
  byLang: Partial<Record<Lang, ContentFile>>
  status: Status
}
const entries: Entry[] = []
for (const [type, { folder }] of Object.entries(documentTypes)) {
  const ofType = files.filter((f) => f.type === type)
  for (const id of [...new Set(ofType.map((f) => String(f.data.id)))].sort()) {
    const byLang = Object.fromEntries(
      ofType.filter((f) => f.data.id === id).map((f) => [f.lang, f]),
    ) as Partial<Record<Lang, ContentFile>>
    entries.push({ folder, id, byLang, status: status(byLang) })
  }
}
const todo = entries
  .filter((e) => e.status.kind !== 'ok')
  .sort((a, b) => ORDER[a.status.kind] - ORDER[b.status.kind])
const ok = entries.filter((e) => e.status.kind === 'ok')

function print(list: Entry[]) {
  let folder = ''
  for (const e of list) {
    if (e.folder !== folder) console.log(`\n  ${(folder = e.folder)}`)
    const names = LANGS.filter((l) => e.byLang[l] || REQUIRED_LANGS.includes(l))
      .map((l) => `${l}: ${e.byLang[l] ? `${e.byLang[l]!.slug}.md` : '—'}`)
      .join('  ')
    console.log(`    ${e.id}\n      ${names}\n      ${describe(e.status)}`)
  }
}

if (todo.length > 0) {
  console.log(`\n${words.todoHeading({ count: todo.length })}`)
  print(todo)
}
if (!todoOnly && ok.length > 0) {
  console.log(`\n${words.okHeading({ count: ok.length })}`)
  print(ok)
}
console.log(`\n${words.summary({ ok: ok.length, todo: todo.map((e) => `${e.folder}/${e.id}`) })}`)
