/**
 * Reads the content files an editor wrote, without Contentlayer: each file's place
 * (type, language, slug), its front matter and its Markdown body. Front matter is parsed
 * as Contentlayer parses it (gray-matter with the yaml package), so what passes here
 * compiles there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import matter from 'gray-matter'
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parse as parseYaml,
  parseDocument,
  YAMLParseError,
  type Node as YamlNode,
} from 'yaml'
import { LANGS, isLang, type Lang } from '../../i18n/config'
import { documentTypes, type DocumentTypeName } from '../../content/model'
import { PART, say } from '../messages'
import type { YamlCause } from '../messages/types'
import type { Problem } from '../../content/problems'

export type ContentFile = {
  file: string // as shown to the editor: relative to the working folder, with /
  type: DocumentTypeName
  lang: Lang
  slug: string
  data: Record<string, unknown>
  body: string
  bodyLine: number // the line of the file where the body starts (1-based)
  lines: Map<string, number> // the line of the file where each field path starts ("priorities[1].id" → 23)
}

/**
 * The line a field is on, as the checker names fields: its own line, or for a field that
 * is missing, the line of the group it belongs in (none for a missing top-level field).
 */
export function lineOf(file: Pick<ContentFile, 'lines'>, field: string): number | undefined {
  for (let path = field; ;) {
    const line = file.lines.get(path)
    if (line !== undefined) return line
    const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')
    if (parent === path || parent === '') return undefined
    path = parent
  }
}

const TYPE_OF_FOLDER = Object.fromEntries(
  Object.entries(documentTypes).map(([t, { folder }]) => [folder, t as DocumentTypeName]),
)

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

export function loadContent(
  dirs: string[],
  cwd = process.cwd(),
): { files: ContentFile[]; unreadable: UnreadableFile[]; problems: Problem[] } {
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
          field: PART.file,
          ...say('notContentPlace', { folders: Object.keys(TYPE_OF_FOLDER), langs: LANGS }),
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

/** The YAML errors an editor meets most, by the yaml package's error code. */
const YAML_CAUSES: Partial<Record<string, YamlCause>> = {
  BLOCK_AS_IMPLICIT_KEY: 'colon',
  DUPLICATE_KEY: 'duplicate',
  BAD_INDENT: 'indent',
  MISSING_CHAR: 'missing',
}

function parseFile(
  file: string,
  text: string,
  problems: Problem[],
): Pick<ContentFile, 'data' | 'body' | 'bodyLine' | 'lines'> | undefined {
  if (text.includes('\r')) {
    problems.push({ file, field: PART.file, ...say('crlf') })
    text = text.replace(/\r\n?/g, '\n')
  }
  if (!text.startsWith('---\n')) {
    problems.push({ file, field: PART.frontMatter, line: 1, ...say('frontMatterMissing') })
    return undefined
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    // The same parsing as Contentlayer: YAML 1.2, so dates stay text (checked as YYYY-MM-DD).
    // gray-matter hands YAML the text from the first --- on, so its line numbers are the file's.
    parsed = matter(text, { engines: { yaml: (s: string) => parseYaml(s) ?? {} } })
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line : undefined
    const reason = String((e as Error).message)
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '')
    const code = e instanceof YAMLParseError ? e.code : undefined
    const cause = code ? (YAML_CAUSES[code] ?? 'other') : 'other'
    problems.push({
      file,
      field: PART.frontMatter,
      line,
      ...say('frontMatterUnreadable', { cause, reason }),
    })
    return undefined
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    problems.push({ file, field: PART.frontMatter, line: 1, ...say('frontMatterNotFields') })
    return undefined
  }
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length
  return {
    data: parsed.data as Record<string, unknown>,
    body: parsed.content,
    bodyLine,
    lines: fieldLines(text.slice(0, text.length - parsed.content.length)),
  }
}

/**
 * Where each field starts, from the YAML syntax tree (the yaml package's ranges, counted
 * into lines): of the front matter (`head`, the file up to the body, from its first ---),
 * or of a JSON file (JSON is YAML), with `firstLine` 1.
 */
export function fieldLines(head: string, firstLine = 2): Map<string, number> {
  const source = head.replace(/^---\n/, '').replace(/---\s*$/, '')
  const counter = new LineCounter()
  const doc = parseDocument(source, { lineCounter: counter })
  const lines = new Map<string, number>()
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1
  function walk(node: YamlNode | null | undefined, path: string) {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue
        const at = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value)
        if (pair.key.range) lines.set(at, lineAt(pair.key.range[0]))
        walk(pair.value as YamlNode, at)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const at = `${path}[${i}]`
        const range = (item as YamlNode | null)?.range
        if (range) lines.set(at, lineAt(range[0]))
        walk(item as YamlNode, at)
      })
    }
  }
  walk(doc.contents as YamlNode, '')
  return lines
}
