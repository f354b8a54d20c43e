/**
 * The partner map's content, worked out before drawing: which frames it needs, where each
 * point and its label go. Agreements are points that link to their page; counties are
 * marks of their administrative centre. Pure data, so a test can read what a map shows.
 */
import type { AGREEMENT_STATUSES } from '../content/vocabulary'
import { drawFrame, type DrawnFrame } from './draw'
import { PARTNER_FRAMES, frameOf, type PartnerFrameId } from './frames'
import { placeLabels, type PlacedLabel } from './labels'

type Place = { lat: number; lon: number }
type AgreementPoint = {
  kind: 'agreement'
  id: string
  href: string
  label: string
  name: string
  status: (typeof AGREEMENT_STATUSES)[number]
  statusText: string
  place: Place
}
type CountyPoint = { kind: 'county'; id: string; label: string; name: string; place: Place }
export type MapPoint = AgreementPoint | CountyPoint

export type PlacedPoint = MapPoint & { x: number; y: number; lines: string[]; text: PlacedLabel }
type PartnerFrame = { id: PartnerFrameId; drawn: DrawnFrame; points: PlacedPoint[] }

/** The label's lines: the name, and the status when it is not active, so the text says what the shape shows. */
function linesOf(p: MapPoint): string[] {
  return p.kind === 'agreement' && p.status !== 'active'
    ? [p.label, p.statusText.toLowerCase()]
    : [p.label]
}

/**
 * The frames that hold at least one point, in the order of PARTNER_FRAMES, each with its
 * points placed. A point outside every frame is left out (a unit test holds every
 * agreement inside one).
 */
export function partnerFrames(points: readonly MapPoint[]): PartnerFrame[] {
  // Two county councils seated in one town (Oslo and Akershus, both in Oslo) share one mark.
  const samePlace = (a: MapPoint, b: MapPoint) =>
    a.kind === 'county' && b.kind === 'county' && a.label === b.label
  const unique = points.filter(
    (p, i) => points.findIndex((q) => samePlace(p, q)) === i || p.kind !== 'county',
  )
  return PARTNER_FRAMES.flatMap((frame) => {
    const inFrame = unique.filter((p) => frameOf(p.place.lon, p.place.lat)?.id === frame.id)
    if (inFrame.length === 0) return []
    const drawn = drawFrame(frame.bounds, frame.width)
    const projected = inFrame.flatMap((p) => {
      const xy = drawn.project(p.place.lon, p.place.lat)
      return xy ? [{ ...p, x: xy[0], y: xy[1], lines: linesOf(p) }] : []
    })
    // Counties first: their marks sit in a tight cluster in southern Norway and are placed before the partners' labels.
    projected.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'county' ? -1 : 1))
    const labels = placeLabels(projected, drawn)
    return [{ id: frame.id, drawn, points: projected.map((p, i) => ({ ...p, text: labels[i] })) }]
  })
}

/** A short label for a map: the title without a country in brackets ("Kaunas (Litauen)" → "Kaunas"); the country is in the link's name. */
export function shortLabel(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '') || title
}
