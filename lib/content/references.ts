/**
 * Checks that every reference between documents (a strategy's county, an agreement's
 * network, a programme's contacts, …) names a document that exists. Walks the fields
 * the model declares as refs, so a new ref field is checked without code here.
 * Used at build (lib/content) and by the content checker (npm run check).
 */
import {
  commonFields,
  documentTypes,
  nestedTypes,
  type DocumentTypeName,
  type FieldDef,
  type Fields,
  type ListItem,
} from './model'
import { say } from '../checker/messages'
import type { Problem } from './problems'
import { nearest } from '../checker/validate/suggest'

type RawDoc = { type: DocumentTypeName; file: string; data: Record<string, unknown> }

export function referenceProblems(docs: RawDoc[]): Problem[] {
  const ids = new Map<DocumentTypeName, Set<unknown>>()
  for (const doc of docs) {
    if (!ids.has(doc.type)) ids.set(doc.type, new Set())
    ids.get(doc.type)!.add(doc.data.id)
  }
  const problems: Problem[] = []

  function checkRef(file: string, field: string, to: DocumentTypeName, value: unknown) {
    if (value === undefined || value === null) return
    if (!ids.get(to)?.has(value)) {
      const known = [...(ids.get(to) ?? [])].map(String).sort()
      problems.push({
        file,
        field,
        ...say('unknownRef', {
          to,
          value: String(value),
          known,
          suggestion: nearest(value, known),
        }),
      })
    }
  }

  function walkItem(file: string, field: string, item: ListItem, value: unknown) {
    if (item.type === 'ref') checkRef(file, field, item.to, value)
    else if (item.type === 'nested' && value && typeof value === 'object')
      walk(file, field + '.', nestedTypes[item.of], value as Record<string, unknown>)
  }

  function walkField(file: string, name: string, def: FieldDef, value: unknown) {
    if (def.type === 'ref') checkRef(file, name, def.to, value)
    else if (def.type === 'nested' && value && typeof value === 'object')
      walk(file, name + '.', nestedTypes[def.of], value as Record<string, unknown>)
    else if (def.type === 'list' && Array.isArray(value))
      value.forEach((v, i) => walkItem(file, `${name}[${i}]`, def.of, v))
  }

  function walk(file: string, prefix: string, fields: Fields, data: Record<string, unknown>) {
    for (const [name, def] of Object.entries(fields))
      walkField(file, prefix + name, def, data[name])
  }

  for (const doc of docs)
    walk(doc.file, '', { ...commonFields, ...documentTypes[doc.type].fields }, doc.data)
  return problems
}
