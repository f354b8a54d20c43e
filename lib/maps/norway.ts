/**
 * Norway's counties on a map: Kartverket's county boundaries of 2024 (./county-data.ts,
 * CC BY 4.0, see lib/maps/data/README.md), drawn over a frame of Natural Earth's countries (./draw.ts)
 * with the same projection, so a county lies where the frame's Sweden and Finland expect
 * it. Svalbard is no county: it is drawn from Natural Earth's Norway, north of 74°.
 */
import { geoArea, geoBounds, geoCentroid } from 'd3-geo'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify'
import type { Region } from '../content/vocabulary'
import { countyTopology, type CountyTopology } from './county-data'
import { drawFrame, type Bounds, type DrawnFrame } from './draw'
import { compactPath } from './svg-path'
import { countryShape } from './world'

/** Kartverket's number of each county as from 2024: how the data names them. */
export const COUNTY_NUMBERS = {
  oslo: '03',
  rogaland: '11',
  'more-og-romsdal': '15',
  nordland: '18',
  ostfold: '31',
  akershus: '32',
  buskerud: '33',
  innlandet: '34',
  vestfold: '39',
  telemark: '40',
  agder: '42',
  vestland: '46',
  trondelag: '50',
  troms: '55',
  finnmark: '56',
} as const satisfies Record<Exclude<Region, 'svalbard'>, string>

/** A region the map draws: a county, or Svalbard. */
export type MapRegion = keyof typeof COUNTY_NUMBERS | 'svalbard'
export const COUNTY_REGIONS = Object.keys(COUNTY_NUMBERS) as (keyof typeof COUNTY_NUMBERS)[]

/** Mainland Norway with a margin: the frame of the county maps. */
export const NORWAY_BOUNDS: Bounds = [4.4, 57.8, 31.2, 71.3]

/** As draw.ts: a point stays when its triangle covers at least this many square units. */
const MIN_TRIANGLE_AREA = 1.2
/** Svalbard's islands lie north of this latitude; Norway's other islands south of it. */
const SVALBARD_SOUTH = 74

let weighted: CountyTopology | undefined
// Frames are cached by draw.ts, so a frame drawn again finds its counties here.
const shapesOf = new WeakMap<DrawnFrame, NorwayShapes>()

export type RegionShape = { region: MapRegion; d: string }
export type NorwayShapes = { regions: RegionShape[]; svalbard?: RegionShape }

const regionOfNumber = new Map<string, MapRegion>(
  Object.entries(COUNTY_NUMBERS).map(([region, number]) => [number, region as MapRegion]),
)

/**
 * Simplified hard (a small map), a tiny island can collapse into a ring that runs the other
 * way, which d3 reads as the whole earth but the island; such parts are dropped.
 */
function withoutTurnedParts(f: Feature<Polygon | MultiPolygon>): Feature {
  if (f.geometry.type === 'Polygon') return f
  const coordinates = f.geometry.coordinates.filter(
    (polygon) => geoArea({ type: 'Polygon', coordinates: polygon }) < 2 * Math.PI,
  )
  return { ...f, geometry: { type: 'MultiPolygon', coordinates } }
}

/** Svalbard as Natural Earth draws it: the parts of Norway's shape north of 74°. */
function svalbardShape(): Feature<MultiPolygon> | undefined {
  const norway = countryShape('NO')
  if (!norway || norway.geometry.type !== 'MultiPolygon') return undefined
  const parts = norway.geometry.coordinates.filter(
    (coordinates) => geoCentroid({ type: 'Polygon', coordinates })[1] > SVALBARD_SOUTH,
  )
  return parts.length > 0
    ? { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } }
    : undefined
}

/**
 * Each county (and Svalbard, when the frame shows it) as path data in the frame's projection,
 * with the detail its scale can show.
 */
export function norwayShapes(drawn: DrawnFrame): NorwayShapes {
  const cached = shapesOf.get(drawn)
  if (cached) return cached
  const data = countyTopology()
  if (!data) return { regions: [] }
  const path = (object: Feature) => compactPath(drawn.projection, object)
  weighted ??= presimplify(data, sphericalTriangleArea) as CountyTopology
  // The weights are in steradians; the projection's scale is units per radian near its centre.
  const topology = simplify(weighted, MIN_TRIANGLE_AREA / drawn.projection.scale() ** 2)
  const counties = feature(topology, topology.objects.counties) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >
  const regions = counties.features.flatMap((f): RegionShape[] => {
    const region = regionOfNumber.get(String(f.id))
    return region ? [{ region, d: path(withoutTurnedParts(f)) }] : []
  })
  const shape = svalbardShape()
  const svalbardPath = shape ? path(shape) : ''
  const shapes: NorwayShapes = {
    regions,
    svalbard: svalbardPath ? { region: 'svalbard', d: svalbardPath } : undefined,
  }
  shapesOf.set(drawn, shapes)
  return shapes
}

/** The bounds of some regions (at the data's full detail), or undefined when none is drawn. */
export function regionBounds(regions: readonly string[]): Bounds | undefined {
  const data = countyTopology()
  if (!data) return undefined
  const features = feature(data, data.objects.counties).features.filter((f) =>
    regions.includes(regionOfNumber.get(String(f.id)) ?? ''),
  ) as Feature[]
  const svalbard = regions.includes('svalbard') ? svalbardShape() : undefined
  if (svalbard) features.push(svalbard)
  if (features.length === 0) return undefined
  const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features })
  return [w, s, e, n]
}

/** The frame of the county maps: Norway's neighbours from Natural Earth, Norway itself left to the counties. */
export function drawNorwayFrame(width: number): DrawnFrame {
  return drawFrame(NORWAY_BOUNDS, width, [], ['NO'])
}
