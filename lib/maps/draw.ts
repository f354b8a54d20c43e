/**
 * Draws one map frame as SVG path data at build time: the countries of the data, clipped
 * to the frame, simplified to what the frame's scale can show and rounded to whole
 * units, so a map costs a few kilobytes of HTML and nothing else (no tiles, no script).
 */
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo'
import type { MultiPoint } from 'geojson'
import { merge, mesh } from 'topojson-client'
import { simplify } from 'topojson-simplify'
import type { GeometryObject } from 'topojson-specification'
import { numericCode, weightedTopology } from './world'

/** West, south, east, north in degrees: the area a frame must show. */
export type Bounds = readonly [west: number, south: number, east: number, north: number]

export type DrawnFrame = {
  width: number
  height: number
  /** Countries not shaded, one path. */
  land: string
  /** The shaded countries (e.g. a programme's area), one path; empty when none. */
  shaded: string
  /** Borders between countries. */
  borders: string
  /** The frame's projection (clipped to it), for shapes drawn over the countries (lib/maps/norway.ts). */
  projection: GeoProjection
  /** A point's position in the frame, or undefined when it lies outside. */
  project: (lon: number, lat: number) => readonly [x: number, y: number] | undefined
}

/**
 * Detail kept: a point stays when the triangle it makes with its neighbours covers at
 * least this many square units of the drawing. About one: smaller bends are invisible.
 */
const MIN_TRIANGLE_AREA = 1.2

/** Samples along the edges of the bounds, so the fitted frame holds all of them. */
function outline([w, s, e, n]: Bounds): MultiPoint {
  const steps = 16
  const coordinates: [number, number][] = []
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps
    const lat = s + ((n - s) * i) / steps
    coordinates.push([lon, s], [lon, n], [w, lat], [e, lat])
  }
  return { type: 'MultiPoint', coordinates }
}

/** An equal-area projection centred on the frame, fitted to its width; the height follows from the shape. */
function fittedProjection(
  bounds: Bounds,
  width: number,
): { projection: GeoProjection; height: number } {
  const [w, s, e, n] = bounds
  const projection = geoAzimuthalEqualArea()
    .rotate([-(w + e) / 2, -(s + n) / 2])
    .fitWidth(width, outline(bounds))
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline(bounds))
  const height = Math.ceil(y1 - Math.min(0, y0))
  projection.clipExtent([
    [0, 0],
    [width, height],
  ])
  return { projection, height }
}

const cache = new Map<string, DrawnFrame>()

/**
 * The frame that shows `bounds` at `width` units, with the countries in `shadedCodes` (ISO
 * alpha-2) shaded, and those in `omitCodes` left out with their borders (a map that draws
 * them in more detail itself: Norway's counties).
 */
export function drawFrame(
  bounds: Bounds,
  width: number,
  shadedCodes: readonly string[] = [],
  omitCodes: readonly string[] = [],
): DrawnFrame {
  const key = JSON.stringify([bounds, width, [...shadedCodes].sort(), [...omitCodes].sort()])
  const cached = cache.get(key)
  if (cached) return cached

  const { projection, height } = fittedProjection(bounds, width)
  // Units per degree near the centre: the weights of the data are in square degrees.
  const unitsPerDegree = (projection.scale() * Math.PI) / 180
  const topology = simplify(weightedTopology(), MIN_TRIANGLE_AREA / unitsPerDegree ** 2)
  const countries = topology.objects.countries
  const shadedIds = new Set(shadedCodes.map(numericCode).filter(Boolean))
  const isShaded = (g: GeometryObject) => g.id !== undefined && shadedIds.has(String(g.id))
  const omittedIds = new Set(omitCodes.map(numericCode).filter(Boolean))
  const isOmitted = (g: GeometryObject) => g.id !== undefined && omittedIds.has(String(g.id))
  const shown = countries.geometries.filter((g) => !isOmitted(g))
  const path = geoPath(projection).digits(0)

  const drawn: DrawnFrame = {
    width,
    height,
    land: path(merge(topology, shown.filter((g) => !isShaded(g)) as never)) ?? '',
    shaded:
      shadedIds.size > 0 ? (path(merge(topology, shown.filter(isShaded) as never)) ?? '') : '',
    borders:
      path(mesh(topology, countries, (a, b) => a !== b && !isOmitted(a) && !isOmitted(b))) ?? '',
    projection,
    project(lon, lat) {
      const p = projection([lon, lat])
      if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) return undefined
      return [Math.round(p[0]), Math.round(p[1])]
    },
  }
  cache.set(key, drawn)
  return drawn
}
