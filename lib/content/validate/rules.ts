/**
 * Rules between two fields of one document, which the field-by-field walk (fields.ts)
 * cannot see. Each names the field to fix and says what is expected.
 */
import { say } from '../messages'
import type { DocumentTypeName } from '../model'
import type { FieldFinding } from './fields'

type Rule = (data: Record<string, unknown>) => FieldFinding[]

/** A region only partly in a programme's area must also be in its area (regions): the finder shows it from there. */
const regionPartsInRegions: Rule = (data) => {
  const regions = Array.isArray(data.regions) ? data.regions : []
  const parts = Array.isArray(data.regionParts) ? data.regionParts : []
  return parts.flatMap((p, i) => {
    const region = (p as Record<string, unknown> | null)?.region
    if (typeof region !== 'string' || regions.includes(region)) return []
    return [{ field: `regionParts[${i}].region`, ...say('regionPartOutside', { region, regions: regions.map(String) }) }]
  })
}

const RULES: Partial<Record<DocumentTypeName, Rule[]>> = {
  Programme: [regionPartsInRegions],
}

export function ruleProblems(type: DocumentTypeName, data: Record<string, unknown>): FieldFinding[] {
  return (RULES[type] ?? []).flatMap((rule) => rule(data))
}
