/**
 * Validates raw front matter against the content model (lib/content/model.ts), walking it
 * generically: required fields, types, allowed values, formats, list lengths, fields the
 * model does not know, and the rules the model implies for nested values (a period must
 * not end before it starts; ids in one list must differ). No second schema lives here.
 * Each finding is a message code with its facts (lib/checker/messages), worded later.
 */
import { say } from '../messages'
import {
  commonFields,
  documentTypes,
  nestedTypes,
  type DocumentTypeName,
  type FieldDef,
  type Fields,
  type ListItem,
  type NestedTypeName,
} from '../../content/model'
import { checkFormat, dateProblem, isRealDate, type Finding } from './formats'
import { nearest } from './suggest'

/** The marker the scaffolder (npm run new) writes where an editor must fill in a value. */
export const PLACEHOLDER = 'TODO'

export type FieldFinding = Finding & { field: string }

/** Nested types whose two fields are in time order: [earlier, later, what is said when they are not]. */
const ORDERED: Partial<
  Record<NestedTypeName, [string, string, (a: unknown, b: unknown) => Finding]>
> = {
  Period: [
    'from',
    'to',
    (from, to) => say('periodOrder', { from: from as number, to: to as number }),
  ],
  Round: [
    'opens',
    'deadline',
    (opens, deadline) => say('roundOrder', { opens: String(opens), deadline: String(deadline) }),
  ],
}

export function fieldsOf(type: DocumentTypeName): Fields {
  return { ...commonFields, ...documentTypes[type].fields }
}

export function validateFields(
  type: DocumentTypeName,
  data: Record<string, unknown>,
  today: string,
): FieldFinding[] {
  const out: FieldFinding[] = []
  const add = (field: string, f: Finding) => out.push({ field, ...f })

  function walkObject(
    prefix: string,
    fields: Fields,
    value: Record<string, unknown>,
    of: DocumentTypeName | NestedTypeName,
  ) {
    for (const [name, def] of Object.entries(fields)) {
      const field = prefix + name
      const v = value[name]
      if (v === undefined) {
        if (def.required) add(field, say('missing'))
        else if (
          def.requiredWhen &&
          def.requiredWhen.in.includes(value[def.requiredWhen.field] as string)
        ) {
          const when = def.requiredWhen
          add(
            field,
            say('missingWhen', {
              other: prefix + when.field,
              value: String(value[when.field]),
              values: [...when.in],
            }),
          )
        }
        continue
      }
      if (v === null) {
        add(field, say('empty', { required: def.required === true }))
        continue
      }
      walkField(field, def, v)
    }
    const names = Object.keys(fields)
    for (const name of Object.keys(value)) {
      if (!(name in fields))
        add(
          prefix + name,
          say('notAField', { name, of, fields: names, suggestion: nearest(name, names) }),
        )
    }
  }

  function walkNested(field: string, of: NestedTypeName, v: unknown) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      add(field, say('notGroup', { value: v, fields: Object.keys(nestedTypes[of]) }))
      return
    }
    const obj = v as Record<string, unknown>
    walkObject(field + '.', nestedTypes[of], obj, of)
    const order = ORDERED[of]
    if (order) {
      const [a, b, wrong] = order
      const [x, y] = [obj[a], obj[b]]
      if (
        (typeof x === 'number' && typeof y === 'number') ||
        (typeof x === 'string' && typeof y === 'string' && isRealDate(x) && isRealDate(y))
      ) {
        if (y < x) add(field, wrong(x, y))
      }
    }
  }

  function checkScalar(field: string, def: ListItem | FieldDef, v: unknown) {
    if (v === PLACEHOLDER || (typeof v === 'string' && v.startsWith(PLACEHOLDER + ':'))) {
      add(field, say('placeholder'))
      return
    }
    switch (def.type) {
      case 'string':
      case 'ref': {
        // A year needs no quotes: YAML reads since: 2025 as a number, and it means the year.
        if (def.type === 'string' && def.format === 'partial-date' && typeof v === 'number') {
          const f = dateProblem(v, true)
          if (f) add(field, f)
          return
        }
        if (typeof v !== 'string') {
          add(
            field,
            typeof v === 'number'
              ? say('numberForText', { value: v })
              : say('notText', { value: v }),
          )
          return
        }
        if (v.trim() === '') {
          add(field, say('empty', { required: 'required' in def && def.required === true }))
          return
        }
        const format = def.type === 'ref' ? 'id' : def.format
        if (format) {
          const f = checkFormat(format, v)
          if (f) add(field, f)
        }
        return
      }
      case 'enum':
        if (typeof v !== 'string' || !def.options.includes(v))
          add(
            field,
            say('notAllowed', {
              value: v,
              options: def.options,
              suggestion: nearest(v, def.options),
            }),
          )
        return
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) add(field, say('notNumber', { value: v }))
        else if (def.integer && !Number.isInteger(v)) add(field, say('notWhole', { value: v }))
        return
      case 'boolean':
        if (typeof v !== 'boolean') add(field, say('notBoolean', { value: v }))
        return
      case 'date': {
        const f = dateProblem(v)
        if (f) add(field, f)
        else if (def.notInFuture && (v as string) > today)
          add(field, say('dateInFuture', { value: v as string }))
        return
      }
    }
  }

  function walkField(field: string, def: FieldDef, v: unknown) {
    if (def.type === 'nested') return walkNested(field, def.of, v)
    if (def.type === 'list') {
      if (!Array.isArray(v)) {
        add(field, say('notList', { value: v }))
        return
      }
      if (def.min !== undefined && v.length < def.min)
        add(field, say('emptyList', { min: def.min }))
      v.forEach((item, i) =>
        def.of.type === 'nested'
          ? walkNested(`${field}[${i}]`, def.of.of, item)
          : checkScalar(`${field}[${i}]`, def.of, item),
      )
      if (def.of.type === 'nested' && 'id' in nestedTypes[def.of.of]) uniqueIds(field, v)
      return
    }
    checkScalar(field, def, v)
  }

  // Ids in one list (a strategy's priorities, …) become anchors on one page: each must be unique.
  function uniqueIds(field: string, items: unknown[]) {
    const seen = new Map<unknown, number>()
    items.forEach((item, i) => {
      const id = (item as Record<string, unknown> | null)?.id
      if (typeof id !== 'string') return
      if (seen.has(id))
        add(`${field}[${i}].id`, say('duplicateListId', { id, list: field, first: seen.get(id)! }))
      else seen.set(id, i)
    })
  }

  walkObject('', fieldsOf(type), data, type)
  return out
}
