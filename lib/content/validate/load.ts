/**
 * Reads the content files an editor wrote, without Contentlayer: each file's place
 * (type, language, slug), its front matter and its Markdown body. Front matter is parsed
 * as Contentlayer parses it (gray-matter with the yaml package), so what passes here
 * compiles there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import matter from 'gray-matter'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { LANGS, isLang, type Lang } from '../../i18n/config'
import { documentTypes, type DocumentTypeName } from '../model'
import type { Problem } from '../problems'

export type ContentFile = {
  file: string // as shown to the editor: relative to the working folder, with /
  type: DocumentTypeName
  lang: Lang
  slug: string
  data: Record<string, unknown>
  body: string
  bodyLine: number // the line of the file where the body starts (1-based)
}

const TYPE_OF_FOLDER = Object.fromEntries(Object.entries(documentTypes).map(([t, { folder }]) => [folder, t as DocumentTypeName]))

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}

/** A file whose front matter cannot be read: it still counts as a translation of its id. */
export type UnreadableFile = { type: DocumentTypeName; lang: Lang; id?: string }

export function loadContent(dirs: string[], cwd = process.cwd()): { files: ContentFile[]; unreadable: UnreadableFile[]; problems: Problem[] } {
  const files: ContentFile[] = []
  const unreadable: UnreadableFile[] = []
  const problems: Problem[] = []
  for (const dir of dirs.map((d) => resolve(cwd, d))) {
    for (const path of listFiles(dir).sort()) {
      const rel = relative(cwd, path)
      const file = (rel.startsWith('..') ? path : rel).split(sep).join('/')
      const [folder, lang, name, ...rest] = relative(dir, path).split(sep)
      const type = TYPE_OF_FOLDER[folder]
      if (!type || !isLang(lang) || !name?.endsWith('.md') || rest.length > 0) {
        problems.push({
          file,
          field: 'file',
          message: 'is not where content goes',
          expected: `content/<type>/<language>/<name>.md, where type is one of ${Object.keys(TYPE_OF_FOLDER).join(', ')} and language is one of ${LANGS.join(', ')}`,
        })
        continue
      }
      const text = readFileSync(path, 'utf8')
      const loaded = parseFile(file, text, problems)
      if (loaded) files.push({ file, type, lang, slug: name.replace(/\.md$/, ''), ...loaded })
      else unreadable.push({ type, lang, id: /^id:\s*["']?([a-z0-9-]+)/m.exec(text)?.[1] })
    }
  }
  return { files, unreadable, problems }
}

function parseFile(file: string, text: string, problems: Problem[]): Pick<ContentFile, 'data' | 'body' | 'bodyLine'> | undefined {
  if (text.includes('\r')) {
    problems.push({ file, field: 'file', message: 'has Windows line endings (CRLF)', expected: 'Unix line endings (LF); git converts them if .gitattributes is respected, or set your editor to LF' })
    text = text.replace(/\r\n?/g, '\n')
  }
  if (!text.startsWith('---\n')) {
    problems.push({ file, field: 'front matter', message: 'is missing: the file does not start with ---', expected: 'a line ---, the fields, a line ---, then the text' })
    return undefined
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    // The same parsing as Contentlayer: YAML 1.2, so dates stay text (checked as YYYY-MM-DD).
    // gray-matter hands YAML the text from the first --- on, so its line numbers are the file's.
    parsed = matter(text, { engines: { yaml: (s: string) => parseYaml(s) ?? {} } })
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? ` on line ${e.linePos[0].line}` : ''
    const first = String((e as Error).message).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    problems.push({ file, field: 'front matter', message: `cannot be read${line}: ${first}`, expected: 'one "field: value" per line; put text with a colon, # or quotes in double quotes' })
    return undefined
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    problems.push({ file, field: 'front matter', message: 'is not a list of fields', expected: 'one "field: value" per line' })
    return undefined
  }
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length
  return { data: parsed.data as Record<string, unknown>, body: parsed.content, bodyLine }
}
