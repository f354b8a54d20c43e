/**
 * Does a map point lie in the country it belongs to? Tested on the country shapes the
 * maps are drawn from (lib/maps/world.ts), so a point the check accepts is drawn in
 * its country. Messages are in Norwegian, for the editor who wrote the point.
 */
import { countryName } from '../i18n/format'
import { countryAt, countryContains, distanceToCountryKm } from './world'

export type PointFinding = { message: string; expected: string }

/**
 * How far out to sea a point may lie and still count as in its country. A town on the
 * coast (Bodø, Ancona) can fall just outside a 1:50m coastline; 5 km allows that and no
 * more. A point inside another country's shape is never accepted.
 */
export const COAST_TOLERANCE_KM = 5

const nb = (code: string) => `${countryName('nb', code)} (${code})`

/** A problem with the point, or undefined when it lies in the country (or on its coast). */
export function pointProblem(
  country: string,
  place: { name?: unknown; lat: number; lon: number },
): PointFinding | undefined {
  const { lat, lon } = place
  const label = `${typeof place.name === 'string' ? `«${place.name}» ` : ''}(lat ${lat}, lon ${lon})`
  const expected = `et punkt i ${countryName('nb', country)}: regionens administrasjonssenter eller midtpunkt, med lat og lon i desimalgrader; sjekk at lat og lon ikke er byttet om, og at vestlig lengde og sørlig bredde har minus`
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return {
      message: `${label} finnes ikke: lat må være mellom -90 og 90, lon mellom -180 og 180`,
      expected,
    }
  }
  const inside = countryContains(country, lon, lat)
  if (inside === undefined) {
    return {
      message: `kartdataene (Natural Earth) har ikke noe land med koden ${country}, så punktet kan ikke sjekkes`,
      expected: 'en landkode som finnes på kartet, f.eks. LT, DE, CN',
    }
  }
  if (inside) return undefined
  const other = countryAt(lon, lat)
  if (other) return { message: `${label} ligger i ${nb(other)}, ikke i ${nb(country)}`, expected }
  const km = distanceToCountryKm(country, lon, lat) ?? Infinity
  if (km <= COAST_TOLERANCE_KM) return undefined
  return { message: `${label} ligger i havet, ${Math.round(km)} km fra ${nb(country)}`, expected }
}
