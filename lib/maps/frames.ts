/**
 * Which part of the world each map shows. The partners lie in Europe, China and the US
 * Midwest: one frame each, side by side, so every point keeps a readable scale (one map
 * of all three would make Europe a thumbnail). A programme's area gets a frame fitted to
 * its countries' European and North Atlantic parts.
 */
import { geoBounds, geoCentroid } from 'd3-geo'
import type { Polygon } from 'geojson'
import type { Bounds } from './draw'
import { countryShape } from './world'

export const PARTNER_FRAMES = [
  // Norway (the counties) to Orkney, Italy and Leningrad oblast.
  { id: 'europe', bounds: [-4, 42, 33, 69.5], width: 360 },
  // Finnmark's partners on the Kola peninsula and the White Sea.
  { id: 'north-west-russia', bounds: [28, 62, 46, 71], width: 220 },
  { id: 'china', bounds: [98, 21, 130, 42], width: 260 },
  { id: 'us-midwest', bounds: [-103, 41, -87, 50], width: 220 },
] as const satisfies readonly { id: string; bounds: Bounds; width: number }[]

export type PartnerFrameId = (typeof PARTNER_FRAMES)[number]['id']

/** The first frame that holds a point, if any. */
export function frameOf(lon: number, lat: number) {
  return PARTNER_FRAMES.find(
    ({ bounds: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n,
  )
}

/**
 * Europe and the North Atlantic (Greenland, Iceland, the Faroes): a programme's countries
 * count with their parts whose centre lies here, so France's overseas departments, the
 * Canary Islands and Russia east of the Urals do not stretch the frame.
 */
const AREA_LIMIT: Bounds = [-75, 34, 45, 84]
const AREA_MARGIN = 1.5

export const AREA_WIDTH = 360

/**
 * The bounds that show a programme's countries (ISO alpha-2), or Europe when none of them
 * lies in it. With `norway` (the bounds of the Norwegian regions that take part), Norway
 * counts with those regions only, not all of its shape: a programme of the south is not
 * stretched to Svalbard.
 */
export function areaBounds(codes: readonly string[], norway?: Bounds): Bounds {
  const [lw, ls, le, ln] = AREA_LIMIT
  let [w, s, e, n] = norway ?? [Infinity, Infinity, -Infinity, -Infinity]
  for (const code of codes) {
    if (norway && code === 'NO') continue
    const shape = countryShape(code)
    if (!shape) continue
    const polygons =
      shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates
    for (const coordinates of polygons) {
      const polygon: Polygon = { type: 'Polygon', coordinates }
      const [lon, lat] = geoCentroid(polygon)
      if (lon < lw || lon > le || lat < ls || lat > ln) continue
      const [[pw, ps], [pe, pn]] = geoBounds(polygon)
      ;[w, s, e, n] = [Math.min(w, pw), Math.min(s, ps), Math.max(e, pe), Math.max(n, pn)]
    }
  }
  if (!Number.isFinite(w)) return [-12, 35, 40, 72]
  return [
    Math.max(lw, w - AREA_MARGIN),
    Math.max(ls, s - AREA_MARGIN),
    Math.min(le, e + AREA_MARGIN),
    Math.min(ln, n + AREA_MARGIN),
  ]
}
