/**
 * npm run translations [-- <content dir> …]: per document, whether the file of every
 * required language exists (and which optional ones, such as nynorsk, do), whether a
 * missing one is marked pending, and whether one was updated after another (by their
 * `updated` dates): then the older one may be stale.
 * Information only: always exits 0 (npm run check stops the build on real errors).
 */
import { LANGS, REQUIRED_LANGS, type Lang } from '../lib/i18n/config'
import { documentTypes } from '../lib/content/model'
import { loadContent, type ContentFile } from '../lib/content/validate/load'

const dirs = process.argv.slice(2)
if (dirs.length === 0) dirs.push('content')
const { files } = loadContent(dirs)

function status(byLang: Partial<Record<Lang, ContentFile>>): string {
  const present = LANGS.filter((l) => byLang[l])
  // An optional language (nynorsk) may lack a file: its readers see the fallback text.
  const missing = REQUIRED_LANGS.filter((l) => !byLang[l])
  if (missing.length > 0) {
    const pending = present.some((l) => byLang[l]!.data.translation === 'pending')
    return `${pending ? 'PENDING' : 'MISSING'}: no ${missing.join(', ')} file${pending ? ' (marked pending)' : ' (npm run check fails)'}`
  }
  const dates = present.map((l) => [l, String(byLang[l]!.data.updated)] as const).sort((a, b) => b[1].localeCompare(a[1]))
  const [newest, oldest] = [dates[0], dates[dates.length - 1]]
  if (newest[1] !== oldest[1]) return `STALE?: ${newest[0]} updated ${newest[1]}, ${oldest[0]} ${oldest[1]}: check that ${oldest[0]} says the same`
  return `ok (${present.length === 2 ? 'both' : 'all'} updated ${newest[1]})`
}

const counts = { ok: 0, other: 0 }
for (const [type, { folder }] of Object.entries(documentTypes)) {
  const ofType = files.filter((f) => f.type === type)
  if (ofType.length === 0) continue
  const ids = [...new Set(ofType.map((f) => String(f.data.id)))].sort()
  console.log(`\n${folder}`)
  for (const id of ids) {
    const byLang = Object.fromEntries(ofType.filter((f) => f.data.id === id).map((f) => [f.lang, f])) as Partial<Record<Lang, ContentFile>>
    const s = status(byLang)
    if (s.startsWith('ok')) counts.ok++
    else counts.other++
    const names = LANGS.filter((l) => byLang[l] || REQUIRED_LANGS.includes(l)).map((l) => `${l}: ${byLang[l] ? `${byLang[l]!.slug}.md` : '—'}`).join('  ')
    console.log(`  ${id}\n    ${names}\n    ${s}`)
  }
}
console.log(`\n${counts.ok} document${counts.ok === 1 ? '' : 's'} translated and up to date, ${counts.other} to look at.`)
