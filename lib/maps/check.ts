/**
 * Does a map point lie in the country it belongs to? Tested on the country shapes the
 * maps are drawn from (lib/maps/world.ts), so a point the check accepts is drawn in
 * its country. It says the facts; the checker's catalogue (lib/checker/messages/,
 * `mapPoint`) words them in the editor's language.
 */
import { countryAt, countryContains, distanceToCountryKm } from './world'

/** The point as the content writes it: a name where it has one, and its coordinates. */
export type Place = { name?: string; lat: number; lon: number }

/** What is wrong with a point, as facts (ISO 3166-1 alpha-2 codes for countries). */
export type PointFinding =
  | { kind: 'outOfRange'; place: Place; country: string }
  | { kind: 'unknownCountry'; country: string }
  | { kind: 'inOtherCountry'; place: Place; country: string; other: string }
  | { kind: 'atSea'; place: Place; country: string; km: number }

/**
 * How far out to sea a point may lie and still count as in its country. A town on the
 * coast (Bodø, Ancona) can fall just outside a 1:50m coastline; 5 km allows that and no
 * more. A point inside another country's shape is never accepted.
 */
const COAST_TOLERANCE_KM = 5

/** A problem with the point, or undefined when it lies in the country (or on its coast). */
export function pointProblem(
  country: string,
  point: { name?: unknown; lat: number; lon: number },
): PointFinding | undefined {
  const { lat, lon } = point
  const place: Place =
    typeof point.name === 'string' ? { name: point.name, lat, lon } : { lat, lon }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { kind: 'outOfRange', place, country }
  const inside = countryContains(country, lon, lat)
  if (inside === undefined) return { kind: 'unknownCountry', country }
  if (inside) return undefined
  const other = countryAt(lon, lat)
  if (other) return { kind: 'inOtherCountry', place, country, other }
  const km = distanceToCountryKm(country, lon, lat) ?? Infinity
  if (km <= COAST_TOLERANCE_KM) return undefined
  return { kind: 'atSea', place, country, km: Math.round(km) }
}
