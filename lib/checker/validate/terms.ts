/**
 * The site's own Norwegian words (docs/termliste.md): textlint with the prh rule and the
 * dictionary terms.prh.yml reads the Norwegian content (each text field of the front
 * matter, and the Markdown body, where quotations in > blocks and code are left alone)
 * and the Norwegian interface texts (lib/i18n/locales/nb/*.json), and warns at every
 * avoided term with the file, the line and the term to use.
 *
 * Warnings, not errors: a pattern does not understand the sentence, and a hit may be a
 * quotation or a right use ("fylker" for the areas); the page is still correct, so a term
 * must never stop the publishing of a fact. npm run check shows every warning each time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TextlintKernel } from '@textlint/kernel'
import markdownPlugin from '@textlint/textlint-plugin-markdown'
import textPlugin from '@textlint/textlint-plugin-text'
// @ts-expect-error: textlint-rule-prh ships no types; it is a textlint rule module.
import prhRule from 'textlint-rule-prh'
import type { Lang } from '../../i18n/config'
import { PART, say } from '../messages'
import { nestedTypes, type Fields } from '../../content/model'
import type { Problem } from '../../content/problems'
import { fieldsOf } from './fields'
import { fieldLines, lineOf, type ContentFile } from './load'

/** The language the term list is about. */
const TERMS_LANG: Lang = 'nb'
export const TERMS_DICTIONARY = join(__dirname, 'terms.prh.yml')
const LOCALES = join('lib', 'i18n', 'locales', TERMS_LANG)

const interop = <T>(m: T): T => (m as { default?: T }).default ?? m
const kernel = new TextlintKernel()
const options = (ext: '.md' | '.txt') => ({
  ext,
  plugins: [
    { pluginId: 'markdown', plugin: interop(markdownPlugin) },
    { pluginId: 'text', plugin: interop(textPlugin) },
  ],
  rules: [
    {
      ruleId: 'prh',
      rule: interop(prhRule),
      options: { rulePaths: [TERMS_DICTIONARY], checkEmphasis: true, checkHeader: true },
    },
  ],
})

type Hit = { line: number; found: string; preferred: string; reason?: string }

/** The avoided terms in a text, with the line (1-based) each is on. */
export async function termHits(text: string, kind: 'markdown' | 'text'): Promise<Hit[]> {
  const { messages } = await kernel.lintText(text, options(kind === 'markdown' ? '.md' : '.txt'))
  return messages.flatMap((m) => {
    if (!m.fix) return []
    const [, reason] = m.message.split('\n')
    return [
      {
        line: m.loc.start.line,
        found: text.slice(m.fix.range[0], m.fix.range[1]),
        preferred: m.fix.text,
        reason: reason?.trim() || undefined,
      },
    ]
  })
}

const term = (hit: Hit) =>
  say('term', { found: hit.found, preferred: hit.preferred, reason: hit.reason })

/** The free-text fields of a document (text without a format: not links, ids or dates), with their paths. */
function textFields(
  fields: Fields,
  data: Record<string, unknown>,
  prefix = '',
): [string, string][] {
  const out: [string, string][] = []
  const isGroup = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  for (const [name, def] of Object.entries(fields)) {
    const v = data[name]
    const path = prefix + name
    if (def.type === 'string' && !def.format && typeof v === 'string') out.push([path, v])
    else if (def.type === 'nested' && isGroup(v))
      out.push(...textFields(nestedTypes[def.of], v, `${path}.`))
    else if (def.type === 'list' && Array.isArray(v)) {
      const item = def.of
      v.forEach((x, i) => {
        if (item.type === 'string' && !item.format && typeof x === 'string')
          out.push([`${path}[${i}]`, x])
        else if (item.type === 'nested' && isGroup(x))
          out.push(...textFields(nestedTypes[item.of], x, `${path}[${i}].`))
      })
    }
  }
  return out
}

async function fileTerms(f: ContentFile): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const [field, text] of textFields(fieldsOf(f.type), f.data)) {
    for (const hit of await termHits(text, 'text'))
      problems.push({
        file: f.file,
        field,
        line: lineOf(f, field),
        severity: 'warning',
        ...term(hit),
      })
  }
  for (const hit of await termHits(f.body, 'markdown')) {
    problems.push({
      file: f.file,
      field: PART.body,
      line: hit.line + f.bodyLine - 1,
      severity: 'warning',
      ...term(hit),
    })
  }
  return problems
}

/** Every string of an interface file, with its key path ("nav.counties") and line. */
function interfaceStrings(json: string): [string, string, number][] {
  const lines = fieldLines(json, 1)
  const out: [string, string, number][] = []
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value, lines.get(path) ?? 1])
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k)
  }
  walk(JSON.parse(json), '')
  return out
}

async function interfaceTerms(cwd: string): Promise<Problem[]> {
  const dir = join(cwd, LOCALES)
  if (!existsSync(dir)) return []
  const problems: Problem[] = []
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = `${LOCALES.split('\\').join('/')}/${name}`
    for (const [field, text, line] of interfaceStrings(readFileSync(join(dir, name), 'utf8'))) {
      for (const hit of await termHits(text, 'text'))
        problems.push({ file, field, line: line + hit.line - 1, severity: 'warning', ...term(hit) })
    }
  }
  return problems
}

/** The term warnings of the Norwegian content files and of the Norwegian interface texts under cwd. */
export async function termProblems(files: ContentFile[], cwd: string): Promise<Problem[]> {
  const inContent = await Promise.all(files.filter((f) => f.lang === TERMS_LANG).map(fileTerms))
  return [...inContent.flat(), ...(await interfaceTerms(cwd))]
}
