/**
 * npm run new -- <type> <slug> [--en <english slug>] [--dir <content dir>]
 * Writes the Norwegian and the English file of a new document (strategy, agreement,
 * network, programme, contact, county or page), with every field and what it means,
 * and the same id in both so they are a pair. Fill in every TODO, then run npm run check.
 * Speaks Norwegian unless --lang en or CHECK_LANG=en.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { documentTypes, type DocumentTypeName } from '../lib/content/model'
import { LANGS, REQUIRED_LANGS, type Lang } from '../lib/i18n/config'
import { resources } from '../lib/i18n/resources'
import { slugProblem } from '../lib/checker/validate/formats'
import { CATALOGUES, checkLangOf, render } from '../lib/checker/messages'
import { isoDay } from '../lib/i18n/format'
import { loadContent } from '../lib/checker/validate/load'
import { scaffoldFrontMatter } from '../lib/checker/validate/scaffold'

/**
 * Type names an editor may type: the model's own (strategy, county) and each language's
 * word for the type, as the site shows it (strategi, fylke), with a hyphen for a space.
 */
const TYPES: Record<string, DocumentTypeName> = Object.fromEntries(
  (Object.keys(documentTypes) as DocumentTypeName[]).flatMap((type) =>
    [type, ...LANGS.map((lang) => resources[lang].content.type[type])].map((word) => [
      word.toLowerCase().replaceAll(' ', '-'),
      type,
    ]),
  ),
)

/** The placeholder body per language; a language without its own gets the English one. */
const BODY: Partial<Record<Lang, string>> = {
  nb: 'TODO: Skriv teksten her, i vanlige avsnitt med en tom linje mellom. Se docs/redaktorveiledning.md.',
  en: 'TODO: Write the text here, in plain paragraphs with a blank line between them. See docs/editor-guide.md.',
}

const args = process.argv.slice(2)
const lang = checkLangOf(args)
const words = CATALOGUES[lang].scaffold

function fail(message: string): never {
  console.error(`✖ ${message}\n  ${words.usage({ types: Object.keys(TYPES) })}`)
  process.exit(1)
}
const option = (name: string) => {
  const i = args.indexOf(name)
  if (i === -1) return undefined
  const [, value] = args.splice(i, 2)
  if (!value) fail(words.needsValue({ option: name }))
  return value
}
const dir = option('--dir') ?? 'content'
const enSlug = option('--en')
const [typeName, slug] = args
const type = TYPES[typeName?.toLowerCase()]
if (!type) fail(typeName ? words.unknownType({ type: typeName }) : words.noType())
if (!slug) fail(words.noSlug())
for (const s of [slug, enSlug].filter((s): s is string => s !== undefined)) {
  const p = slugProblem(s)
  if (p) {
    const { message, expected } = render(p, lang)
    fail(`${s}: ${message} (${expected})`)
  }
}

const { files } = loadContent([dir])
if (files.some((f) => f.type === type && f.data.id === slug))
  fail(words.idExists({ type, id: slug, folder: documentTypes[type].folder }))
const knownIds = Object.fromEntries(
  (Object.keys(documentTypes) as DocumentTypeName[]).map((t) => [
    t,
    [...new Set(files.filter((f) => f.type === t).map((f) => String(f.data.id)))].sort(),
  ]),
)
const frontMatter = scaffoldFrontMatter({ type, id: slug, today: isoDay(new Date()), knownIds })

const written: string[] = []
// A file per required language; an optional one (nynorsk) is added when someone writes it.
for (const lang of REQUIRED_LANGS) {
  const path = join(
    dir,
    documentTypes[type].folder,
    lang,
    `${lang === 'en' && enSlug ? enSlug : slug}.md`,
  )
  if (existsSync(path)) fail(words.fileExists({ path }))
  written.push(path)
}
REQUIRED_LANGS.forEach((lang, i) => {
  mkdirSync(dirname(written[i]), { recursive: true })
  writeFileSync(written[i], `---\n${frontMatter}\n---\n\n${BODY[lang] ?? BODY.en}\n`)
})
console.log(words.written({ paths: written }))
