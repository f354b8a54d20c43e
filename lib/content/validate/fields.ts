/**
 * Validates raw front matter against the content model (lib/content/model.ts), walking it
 * generically: required fields, types, allowed values, formats, list lengths, fields the
 * model does not know, and the rules the model implies for nested values (a period must
 * not end before it starts; ids in one list must differ). No second schema lives here.
 */
import { commonFields, documentTypes, nestedTypes, type DocumentTypeName, type FieldDef, type Fields, type ListItem, type NestedTypeName } from '../model'
import { checkFormat, isRealDate, type Finding } from './formats'

/** The marker the scaffolder (npm run new) writes where an editor must fill in a value. */
export const PLACEHOLDER = 'TODO'

export type FieldFinding = Finding & { field: string }

/** Nested types whose two fields are in time order: [earlier, later]. */
const ORDERED: Partial<Record<NestedTypeName, [string, string, string]>> = {
  Period: ['from', 'to', 'ends before it starts'],
  Round: ['opens', 'deadline', 'has its deadline before it opens'],
}

const describeValue = (v: unknown) =>
  Array.isArray(v) ? 'a list' : v === null ? 'empty' : typeof v === 'object' ? 'a group of fields' : typeof v === 'string' ? `"${v}"` : String(v)

export function fieldsOf(type: DocumentTypeName): Fields {
  return { ...commonFields, ...documentTypes[type].fields }
}

export function validateFields(type: DocumentTypeName, data: Record<string, unknown>, today: string): FieldFinding[] {
  const out: FieldFinding[] = []
  const add = (field: string, f: Finding) => out.push({ field, ...f })

  function walkObject(prefix: string, fields: Fields, value: Record<string, unknown>, typeName: string) {
    for (const [name, def] of Object.entries(fields)) {
      const field = prefix + name
      const v = value[name]
      if (v === undefined) {
        if (def.required) add(field, { message: 'is missing', expected: `required: ${def.description}` })
        else if (def.requiredWhen && def.requiredWhen.in.includes(value[def.requiredWhen.field] as string)) {
          const when = def.requiredWhen
          add(field, { message: `is missing, but ${prefix + when.field} is ${String(value[when.field])}`, expected: `required when ${when.field} is ${when.in.join(' or ')}: ${def.description.toLowerCase()}` })
        }
        continue
      }
      if (v === null) {
        add(field, def.required ? { message: 'is empty', expected: `required: ${def.description}` } : { message: 'is empty', expected: 'fill it in, or delete the line if it does not apply' })
        continue
      }
      walkField(field, def, v)
    }
    for (const name of Object.keys(value)) {
      if (!(name in fields)) {
        add(prefix + name, { message: 'is not a field of ' + typeName, expected: `check the spelling; the fields are: ${Object.keys(fields).join(', ')}` })
      }
    }
  }

  function walkNested(field: string, of: NestedTypeName, v: unknown) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      const names = Object.keys(nestedTypes[of]).join(', ')
      add(field, { message: `is ${describeValue(v)}, but a group of fields is expected`, expected: `indented lines with ${names}` })
      return
    }
    const obj = v as Record<string, unknown>
    walkObject(field + '.', nestedTypes[of], obj, `a ${of.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`)
    const order = ORDERED[of]
    if (order) {
      const [a, b, what] = order
      const x = obj[a]
      const y = obj[b]
      if ((typeof x === 'number' && typeof y === 'number') || (typeof x === 'string' && typeof y === 'string' && isRealDate(x) && isRealDate(y))) {
        if (y < x) add(field, { message: `${what}: ${b} (${y}) is before ${a} (${x})`, expected: `${b} the same as ${a} or later` })
      }
    }
  }

  function checkScalar(field: string, def: ListItem | FieldDef, v: unknown) {
    if (v === PLACEHOLDER || (typeof v === 'string' && v.startsWith(PLACEHOLDER + ':'))) {
      add(field, { message: 'is still a placeholder (TODO)', expected: 'fill in the real value' })
      return
    }
    switch (def.type) {
      case 'string':
      case 'ref': {
        if (typeof v !== 'string') {
          add(field, { message: `is ${describeValue(v)}, but text is expected`, expected: typeof v === 'number' ? `put it in quotes: "${v}"` : 'a single line of text' })
          return
        }
        if (v.trim() === '') {
          add(field, { message: 'is empty', expected: 'fill it in, or delete the line if it does not apply' })
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
        if (typeof v !== 'string' || !def.options.includes(v)) add(field, { message: `${describeValue(v)} is not an allowed value`, expected: `one of: ${def.options.join(', ')}` })
        return
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) add(field, { message: `is ${describeValue(v)}, but a number is expected`, expected: 'digits without quotes, e.g. 2022' })
        else if (def.integer && !Number.isInteger(v)) add(field, { message: `${v} is not a whole number`, expected: 'a whole number, e.g. 2022' })
        return
      case 'boolean':
        if (typeof v !== 'boolean') add(field, { message: `is ${describeValue(v)}, but yes or no is expected`, expected: 'true or false' })
        return
      case 'date':
        if (typeof v !== 'string' || !isRealDate(v)) add(field, { message: `${describeValue(v)} is not a date`, expected: 'a real date as YYYY-MM-DD, e.g. 2026-11-22' })
        else if (def.notInFuture && v > today) add(field, { message: `${v} is in the future`, expected: 'today or an earlier date' })
        return
    }
  }

  function walkField(field: string, def: FieldDef, v: unknown) {
    if (def.type === 'nested') return walkNested(field, def.of, v)
    if (def.type === 'list') {
      if (!Array.isArray(v)) {
        add(field, { message: `is ${describeValue(v)}, but a list is expected`, expected: 'a list: [a, b] or one "- item" per line' })
        return
      }
      if (def.min !== undefined && v.length < def.min) {
        add(field, { message: 'is an empty list', expected: `at least ${def.min}: ${def.description}` })
      }
      v.forEach((item, i) => (def.of.type === 'nested' ? walkNested(`${field}[${i}]`, def.of.of, item) : checkScalar(`${field}[${i}]`, def.of, item)))
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
      if (seen.has(id)) add(`${field}[${i}].id`, { message: `"${id}" is also the id of ${field}[${seen.get(id)}]`, expected: `each entry in ${field} has its own id` })
      else seen.set(id, i)
    })
  }

  walkObject('', fieldsOf(type), data, `a ${type.toLowerCase()}`)
  return out
}
