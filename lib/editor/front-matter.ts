/**
 * The web editor's file format for content files: Markdown with YAML front matter, written
 * back so that a field the editor did not change keeps its exact bytes (its quotes, its
 * [flow, lists], 54.90, its comments). Sveltia CMS's own writer re-serializes every field.
 *
 * fromFile keeps the file's text in the entry under SOURCE_KEY (a key the content model does
 * not have); toFile edits that YAML document in place: a value that is still equal keeps its
 * node, a changed one is replaced, a removed one deleted, a new one appended. A new file is
 * written plainly. Pure: runs in the editor (bundled into /admin/front-matter.js) and in tests.
 */
import { isCollection, isMap, isScalar, parseDocument, stringify } from 'yaml'

export const SOURCE_KEY = '__source'
const BODY_KEY = 'body'

type Data = Record<string, unknown>

/** Splits a file into its front matter text and its body (after the closing ---). */
function split(text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text)
  return m ? { yaml: m[1], body: m[2] } : { yaml: '', body: text }
}

/** Equal as data (front matter holds only strings, numbers, booleans, lists and maps). */
function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return (
    ka.length === kb.length && ka.every((k) => isDeepStrictEqual((a as Data)[k], (b as Data)[k]))
  )
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

export function fromFile(text: string): Data {
  const { yaml, body } = split(text)
  const data = (parseDocument(yaml).toJS() ?? {}) as Data
  return { ...data, [BODY_KEY]: body.replace(/^\n/, ''), [SOURCE_KEY]: text }
}

export function toFile(input: Data): string {
  const { [SOURCE_KEY]: source, [BODY_KEY]: body = '', ...data } = input
  const fields = Object.fromEntries(Object.entries(data).filter(([, v]) => !isEmpty(v)))
  const original = typeof source === 'string' ? split(source) : undefined
  let yaml: string
  if (original) {
    const doc = parseDocument(original.yaml)
    const before = (doc.toJS() ?? {}) as Data
    if (!isMap(doc.contents)) throw new Error('the front matter is not a list of fields')
    for (const key of Object.keys(before)) if (!(key in fields)) doc.delete(key)
    for (const [key, value] of Object.entries(fields)) {
      if (isDeepStrictEqual(before[key], value)) continue
      // A changed value keeps the style of the one it replaces: a [flow] list stays one, "quoted" stays quoted.
      const old = doc.get(key, true)
      const node = doc.createNode(value)
      if (isCollection(old) && isCollection(node)) node.flow = old.flow
      if (
        isScalar(old) &&
        isScalar(node) &&
        typeof node.value === 'string' &&
        typeof old.value === 'string'
      )
        node.type = old.type
      doc.set(key, node)
    }
    yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false })
  } else {
    yaml = stringify(fields, { lineWidth: 0 })
  }
  const text = String(body)
  // The body keeps its bytes too when it is unchanged.
  const bodyOut =
    original && original.body.replace(/^\n/, '') === text
      ? original.body
      : `\n${text.replace(/^\n+/, '')}`
  return `---\n${yaml.replace(/\n*$/, '\n')}---\n${bodyOut.replace(/\n*$/, '\n')}`
}
