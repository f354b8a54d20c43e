/**
 * Writes the front matter of a new document from the content model: every field, each
 * with its description as a comment. Required fields get the placeholder TODO (which
 * npm run check rejects until it is filled in); optional ones are written commented out.
 * Used by npm run new (scripts/new-content.ts).
 */
import {
  commonFields,
  documentTypes,
  nestedTypes,
  type DocumentTypeName,
  type FieldDef,
  type Fields,
  type ListItem,
} from '../../content/model'
import { PLACEHOLDER } from './fields'

type ScaffoldInput = {
  type: DocumentTypeName
  id: string
  today: string
  knownIds: Partial<Record<DocumentTypeName, string[]>>
}

function hint(def: FieldDef | ListItem, knownIds: ScaffoldInput['knownIds']): string {
  const item = def.type === 'list' ? def.of : def
  if (item.type === 'enum') return ` Allowed: ${item.options.join(', ')}.`
  if (item.type === 'ref') {
    const ids = knownIds[item.to] ?? []
    return ids.length ? ` Existing ids: ${ids.join(', ')}.` : ''
  }
  return ''
}

function comment(def: FieldDef, knownIds: ScaffoldInput['knownIds']): string {
  const desc = def.description.replace(/\s*$/, '')
  return `# ${desc}${/[.!?]$/.test(desc) ? '' : '.'}${hint(def, knownIds)} ${def.required ? 'Required.' : def.requiredWhen ? `Required when ${def.requiredWhen.field} is ${def.requiredWhen.in.join(' or ')}: then remove the #.` : 'Optional: remove the # to use it.'}`
}

function fieldLines(name: string, def: FieldDef, input: ScaffoldInput, value?: string): string[] {
  if (value !== undefined) return [`${name}: ${value}`]
  if (def.type === 'nested')
    return [`${name}:`, ...fieldsLines(nestedTypes[def.of], input).map((l) => `  ${l}`)]
  if (def.type === 'list') {
    if (def.of.type === 'nested') {
      const [first, ...rest] = fieldsLines(nestedTypes[def.of.of], input)
      return [`${name}:`, `  - ${first}`, ...rest.map((l) => `    ${l}`)]
    }
    return [`${name}: [${PLACEHOLDER}]`]
  }
  // An enum with one allowed value (translation: pending) is written with it.
  return [
    `${name}: ${def.type === 'enum' && def.options.length === 1 ? def.options[0] : PLACEHOLDER}`,
  ]
}

function fieldsLines(
  fields: Fields,
  input: ScaffoldInput,
  preset: Record<string, string> = {},
): string[] {
  return Object.entries(fields).flatMap(([name, def]) => {
    const lines = fieldLines(name, def, input, preset[name])
    return def.required || preset[name] !== undefined
      ? [comment(def, input.knownIds), ...lines]
      : [comment(def, input.knownIds), ...lines.map((l) => `# ${l}`)]
  })
}

/** The front matter (between the --- lines) of a new document of a type. */
export function scaffoldFrontMatter(input: ScaffoldInput): string {
  const fields = { ...commonFields, ...documentTypes[input.type].fields }
  // The id is what pairs the nb and en files: written the same in both, so they are linked from the start.
  return fieldsLines(fields, input, { id: input.id, updated: input.today }).join('\n')
}
