/**
 * Rules between two fields of one document, which the field-by-field walk (fields.ts)
 * cannot see. Each names the field to fix and says what is expected.
 */
import { pointProblem } from '../../maps/check'
import { say } from '../messages'
import type { DocumentTypeName } from '../../content/model'
import type { FieldFinding } from './fields'

type Rule = (data: Record<string, unknown>) => FieldFinding[]

/** A region only partly in a programme's area must also be in its area (regions): the finder shows it from there. */
const regionPartsInRegions: Rule = (data) => {
  const regions = Array.isArray(data.regions) ? data.regions : []
  const parts = Array.isArray(data.regionParts) ? data.regionParts : []
  return parts.flatMap((p, i) => {
    const region = (p as Record<string, unknown> | null)?.region
    if (typeof region !== 'string' || regions.includes(region)) return []
    return [
      {
        field: `regionParts[${i}].region`,
        ...say('regionPartOutside', { region, regions: regions.map(String) }),
      },
    ]
  })
}

/**
 * A map point must lie in its country (an agreement's country; Norway for a county), tested
 * on the shapes the maps are drawn from. Only a location whose lat and lon are numbers is
 * tested: the field walk reports the rest.
 */
const locationIn =
  (countryOf: (data: Record<string, unknown>) => unknown): Rule =>
  (data) => {
    const location = data.location as Record<string, unknown> | undefined
    const country = countryOf(data)
    if (
      !location ||
      typeof location !== 'object' ||
      typeof country !== 'string' ||
      !/^[A-Z]{2}$/.test(country)
    )
      return []
    const { lat, lon, name } = location
    if (typeof lat !== 'number' || typeof lon !== 'number') return []
    const problem = pointProblem(country, { name, lat, lon })
    return problem ? [{ field: 'location', ...say('mapPoint', problem) }] : []
  }

const RULES: Partial<Record<DocumentTypeName, Rule[]>> = {
  Programme: [regionPartsInRegions],
  Agreement: [locationIn((data) => data.country)],
  County: [locationIn(() => 'NO')],
}

export function ruleProblems(
  type: DocumentTypeName,
  data: Record<string, unknown>,
): FieldFinding[] {
  return (RULES[type] ?? []).flatMap((rule) => rule(data))
}
