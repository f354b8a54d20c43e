/**
 * The one source of map data: Natural Earth's 1:50m countries (public domain), as the
 * npm package world-atlas ships them (TopoJSON, ids are ISO 3166-1 numeric codes).
 * The maps draw from it at build time, and the content checker tests each agreement's
 * point against the same country shapes, so what the check accepts is what the map shows.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { geoContains, geoDistance } from 'd3-geo'
import countryCodes from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import { presimplify } from 'topojson-simplify'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'

/** The data file inside the npm package. */
const WORLD_FILE = 'world-atlas/countries-50m.json'

/**
 * Found as Node finds a package: in node_modules of the working folder or the nearest one
 * above it (the checker runs in fixture folders too). A file path, not an import: the
 * build, tsx and Vitest all read it the same way, and TypeScript need not type 750 KB of JSON.
 */
function worldFile(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', WORLD_FILE)
    if (existsSync(file)) return file
    if (dirname(dir) === dir)
      throw new Error(
        `Map data not found: install the npm package world-atlas (${WORLD_FILE}, looked from ${from})`,
      )
  }
}

type CountryShape = Feature<Polygon | MultiPolygon, { name: string }>
type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

let topology: WorldTopology | undefined
let simplifiable: WorldTopology | undefined
let byCode: Map<string, CountryShape> | undefined

/** The TopoJSON as published (read once). */
function worldTopology(cwd = process.cwd()): WorldTopology {
  topology ??= JSON.parse(readFileSync(worldFile(cwd), 'utf8')) as WorldTopology
  return topology
}

/** The same, with a weight on every point (its triangle's area in degrees²), so each map can drop the detail it cannot show. */
export function weightedTopology(): WorldTopology {
  simplifiable ??= presimplify(worldTopology())
  return simplifiable
}

/** ISO 3166-1 alpha-2 (as the content writes it, e.g. NO) to the numeric id of the data (578). */
export function numericCode(alpha2: string): string | undefined {
  return countryCodes.alpha2ToNumeric(alpha2)
}

/** Each country of the data by its alpha-2 code, at full 1:50m detail. */
function countries(): Map<string, CountryShape> {
  if (!byCode) {
    const all = feature(worldTopology(), worldTopology().objects.countries) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >
    byCode = new Map()
    for (const f of all.features) {
      if (f.id === undefined) continue // Kosovo, Northern Cyprus and a few others have no ISO code in the data
      const alpha2 = countryCodes.numericToAlpha2(String(f.id))
      if (alpha2) byCode.set(alpha2, f as CountryShape)
    }
  }
  return byCode
}

export function countryShape(alpha2: string): CountryShape | undefined {
  return countries().get(alpha2)
}

/**
 * Whether a point lies inside a country's shape: true or false, or undefined when the
 * data has no shape for the code. Point-in-polygon on the sphere (d3-geo's geoContains).
 */
export function countryContains(alpha2: string, lon: number, lat: number): boolean | undefined {
  const shape = countryShape(alpha2)
  return shape ? geoContains(shape, [lon, lat]) : undefined
}

/** The country whose shape holds a point, if any (to say where a wrong point lies). */
export function countryAt(lon: number, lat: number): string | undefined {
  for (const [code, shape] of countries()) if (geoContains(shape, [lon, lat])) return code
  return undefined
}

/** Kilometres from a point to the nearest point of a country's outline (its vertices, which lie at most a few kilometres apart at 1:50m). */
export function distanceToCountryKm(alpha2: string, lon: number, lat: number): number | undefined {
  const shape = countryShape(alpha2)
  if (!shape) return undefined
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates
  let nearest = Infinity
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const v of ring)
        nearest = Math.min(nearest, geoDistance(v as [number, number], [lon, lat]))
  return nearest * EARTH_RADIUS_KM
}

const EARTH_RADIUS_KM = 6371
