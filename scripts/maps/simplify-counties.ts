/**
 * Makes the county shapes the maps draw (COUNTY_DATA_FILE: ../shared/maps/fylker-2024.json), from
 * Fylker-S.topojson of github.com/robhop/fylker-og-kommuner (Kartverket's county
 * boundaries of 2024, clipped to the coastline; CC BY 4.0). Run once when the source
 * changes; the result is committed, so the build never downloads anything:
 *
 *   npx tsx scripts/maps/simplify-counties.ts path/to/Fylker-S.topojson
 *
 * It keeps what the largest county map (about 3 km per unit) can show: bends whose
 * triangle covers at least MIN_TRIANGLE_KM2, islands of at least MIN_ISLAND_KM2, and
 * coordinates rounded to about 100 m (quantized). Each map simplifies further for its scale.
 */
import { COUNTY_DATA_FILE } from '../../lib/maps/county-data'
import { readFileSync, writeFileSync } from 'node:fs'

import { geoArea } from 'd3-geo'
import { feature, quantize } from 'topojson-client'
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'

const EARTH_RADIUS_KM = 6371
const MIN_TRIANGLE_KM2 = 1
const MIN_ISLAND_KM2 = 25
/** Steps per side of the bounding box: 2^15 gives about 100 m in latitude. */
const QUANTIZATION = 2 ** 15

/** km² on the earth as steradians, the unit of the spherical weights. */
const steradians = (km2: number) => km2 / EARTH_RADIUS_KM ** 2

type Source = Topology<{
  Fylker: GeometryCollection<{ fylkesnummer: string; name: string }>
}>

const [input] = process.argv.slice(2)
if (!input) {
  console.error('Usage: npx tsx scripts/maps/simplify-counties.ts path/to/Fylker-S.topojson')
  process.exit(1)
}
const source = JSON.parse(readFileSync(input, 'utf8')) as Source

/**
 * d3-geo reads a ring's direction as the side its area lies on (clockwise around the
 * area); the source winds them the other way (RFC 7946), which d3 reads as the whole
 * earth but the county. A polygon that covers more than half the sphere is turned round.
 */
function d3Winding(polygon: number[][]): number[][] {
  const ring = { type: 'Polygon', arcs: polygon } as const
  const shape = feature(source as unknown as Topology, ring as never)
  return geoArea(shape) > 2 * Math.PI
    ? polygon.map((arcs) => arcs.reverse().map((i) => ~i))
    : polygon
}
for (const g of source.objects.Fylker.geometries) {
  if (g.type === 'Polygon') g.arcs = d3Winding(g.arcs)
  if (g.type === 'MultiPolygon') g.arcs = g.arcs.map(d3Winding)
}

let topology = presimplify(source, sphericalTriangleArea) as Source
topology = simplify(topology, steradians(MIN_TRIANGLE_KM2)) as Source
topology = filter(
  topology,
  // The spherical area of a ring wound as d3 winds them (above).
  filterWeight(topology, steradians(MIN_ISLAND_KM2), sphericalRingArea as never),
) as Source
// Only the county number and name are kept: the number is how lib/maps/norway.ts knows each county.
const counties = {
  type: 'GeometryCollection' as const,
  geometries: topology.objects.Fylker.geometries.map((g) => {
    const { fylkesnummer, name } = g.properties as { fylkesnummer: string; name: string }
    return { ...g, id: fylkesnummer, properties: { name } }
  }),
}
const quantized = quantize(
  { ...topology, objects: { counties } } as unknown as Topology<Record<string, never>>,
  QUANTIZATION,
)
// Arcs lose their weights (the third coordinate) in quantization; drop any left over.
quantized.arcs = quantized.arcs.map((arc) => arc.map((p) => [p[0], p[1]] as [number, number]))

const out = COUNTY_DATA_FILE
writeFileSync(out, JSON.stringify(quantized) + '\n')
console.log(
  `${out}: ${counties.geometries.length} counties, ${JSON.stringify(quantized).length} bytes`,
)
