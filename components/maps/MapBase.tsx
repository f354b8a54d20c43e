import type { DrawnFrame } from '@/lib/maps/draw'

/**
 * The colours of every map. Shapes that carry meaning have at least 3:1 contrast with
 * what surrounds them (WCAG 1.4.11): the shaded countries (#1a5a8c) against land
 * (#e3e3e3, 5.7:1) and sea (#eef4fa, 6.3:1), the coastline (#5f6773) against sea (5.3:1),
 * the marks (#0b2a4a) against land (12:1).
 */
export const MAP_COLOURS = {
  sea: '#eef4fa',
  land: '#e3e3e3',
  coast: '#5f6773',
  border: '#8c939e',
  shaded: '#1a5a8c',
  /** A county that links to its page, lighter than the shaded colour it takes on hover and focus. */
  county: '#c6dbef',
  mark: '#0b2a4a',
  halo: '#ffffff',
  text: '#111111',
} as const

/** Sea, land, shaded countries and borders of one frame, as SVG; marks go on top. */
export function MapBase({ drawn }: { drawn: DrawnFrame }) {
  const c = MAP_COLOURS
  return (
    <g aria-hidden="true">
      <rect width={drawn.width} height={drawn.height} fill={c.sea} />
      <path
        d={drawn.land}
        fill={c.land}
        stroke={c.coast}
        strokeWidth={0.7}
        strokeLinejoin="round"
      />
      {drawn.shaded && (
        <path
          d={drawn.shaded}
          fill={c.shaded}
          stroke={c.coast}
          strokeWidth={0.7}
          strokeLinejoin="round"
        />
      )}
      <path
        d={drawn.borders}
        fill="none"
        stroke={c.border}
        strokeWidth={0.6}
        strokeLinejoin="round"
      />
      <rect
        width={drawn.width}
        height={drawn.height}
        fill="none"
        stroke={c.coast}
        strokeWidth={1}
      />
    </g>
  )
}
