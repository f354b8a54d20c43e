/**
 * npm run new -- <type> <slug> [--en <english slug>] [--dir <content dir>]
 * Writes the Norwegian and the English file of a new document (strategy, agreement,
 * network, programme, contact, county or page), with every field and what it means,
 * and the same id in both so they are a pair. Fill in every TODO, then run npm run check.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { documentTypes, type DocumentTypeName } from '../lib/content/model'
import { LANGS, type Lang } from '../lib/i18n/config'
import { resources } from '../lib/i18n/resources'
import { slugProblem } from '../lib/content/validate/formats'
import { isoDay } from '../lib/i18n/format'
import { loadContent } from '../lib/content/validate/load'
import { scaffoldFrontMatter } from '../lib/content/validate/scaffold'

/**
 * Type names an editor may type: the model's own (strategy, county) and each language's
 * word for the type, as the site shows it (strategi, fylke), with a hyphen for a space.
 */
const TYPES: Record<string, DocumentTypeName> = Object.fromEntries(
  (Object.keys(documentTypes) as DocumentTypeName[]).flatMap((type) =>
    [type, ...LANGS.map((lang) => resources[lang].content.type[type])].map((word) => [word.toLowerCase().replaceAll(' ', '-'), type]),
  ),
)

const BODY = {
  nb: 'TODO: Skriv teksten her, i vanlige avsnitt med en tom linje mellom. Se docs/redaktorveiledning.md.',
  en: 'TODO: Write the text here, in plain paragraphs with a blank line between them. See docs/editor-guide.md.',
} satisfies Record<Lang, string>

function fail(message: string): never {
  console.error(`✖ ${message}\n  Usage: npm run new -- <type> <slug> [--en <english slug>]\n  Types: ${Object.keys(TYPES).join(', ')}`)
  process.exit(1)
}

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  if (i === -1) return undefined
  const [, value] = args.splice(i, 2)
  if (!value) fail(`${name} needs a value`)
  return value
}
const dir = option('--dir') ?? 'content'
const enSlug = option('--en')
const [typeName, slug] = args
const type = TYPES[typeName?.toLowerCase()]
if (!type) fail(typeName ? `unknown type "${typeName}"` : 'say which type of document to make')
if (!slug) fail('say the file name (slug) of the new document, e.g. kaunas')
for (const s of [slug, enSlug].filter((s): s is string => s !== undefined)) {
  const p = slugProblem(s)
  if (p) fail(`${p.message}: ${p.expected}`)
}

const { files } = loadContent([dir])
if (files.some((f) => f.type === type && f.data.id === slug)) fail(`${type.toLowerCase()} "${slug}" exists already (same id in ${documentTypes[type].folder})`)
const knownIds = Object.fromEntries(
  (Object.keys(documentTypes) as DocumentTypeName[]).map((t) => [t, [...new Set(files.filter((f) => f.type === t).map((f) => String(f.data.id)))].sort()]),
)
const frontMatter = scaffoldFrontMatter({ type, id: slug, today: isoDay(new Date()), knownIds })

const written: string[] = []
for (const lang of LANGS) {
  const path = join(dir, documentTypes[type].folder, lang, `${lang === 'en' && enSlug ? enSlug : slug}.md`)
  if (existsSync(path)) fail(`${path} exists already`)
  written.push(path)
}
LANGS.forEach((lang, i) => {
  mkdirSync(dirname(written[i]), { recursive: true })
  writeFileSync(written[i], `---\n${frontMatter}\n---\n\n${BODY[lang]}\n`)
})
console.log(`✔ Wrote\n${written.map((p) => `  ${p}`).join('\n')}\nFill in every TODO in both files, then run: npm run check`)
