import { MAP_COLOURS } from './MapBase'

type MarkKind = 'active' | 'on-hold' | 'ended' | 'county'

const c = MAP_COLOURS

/** Five-pointed star, outer radius 7: the county council's own position. */
const STAR = (() => {
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 7.5 : 3.2
    const a = (Math.PI / 5) * i - Math.PI / 2
    points.push(`${(r * Math.cos(a)).toFixed(1)},${(r * Math.sin(a)).toFixed(1)}`)
  }
  return `M${points.join('L')}Z`
})()

/**
 * A status as a shape, never by colour alone (the label and the key say it in words):
 * active a filled circle, on hold an open square, ended a cross; the county a star.
 * Each has a white halo so it stands out on land, sea or a shaded country.
 */
export function Mark({ kind, x, y }: { kind: MarkKind; x: number; y: number }) {
  const t = `translate(${x} ${y})`
  switch (kind) {
    case 'active':
      return <circle transform={t} r={5} fill={c.mark} stroke={c.halo} strokeWidth={1.5} />
    case 'on-hold':
      return (
        <g transform={t}>
          <rect
            x={-5}
            y={-5}
            width={10}
            height={10}
            fill={c.halo}
            stroke={c.halo}
            strokeWidth={4}
          />
          <rect
            x={-4}
            y={-4}
            width={8}
            height={8}
            fill={c.halo}
            stroke={c.mark}
            strokeWidth={2.5}
          />
        </g>
      )
    case 'ended':
      return (
        <g transform={t} strokeLinecap="round">
          <path d="M-4,-4L4,4M-4,4L4,-4" stroke={c.halo} strokeWidth={5.5} />
          <path d="M-4,-4L4,4M-4,4L4,-4" stroke={c.mark} strokeWidth={2.5} />
        </g>
      )
    case 'county':
      return (
        <path
          transform={t}
          d={STAR}
          fill={c.mark}
          stroke={c.halo}
          strokeWidth={1.2}
          strokeLinejoin="round"
        />
      )
  }
}

/** A mark alone in a small SVG, for the key beside the map. */
export function KeyMark({ kind }: { kind: MarkKind }) {
  return (
    <svg
      width={18}
      height={18}
      viewBox="-9 -9 18 18"
      aria-hidden="true"
      className="inline-block shrink-0 align-middle"
    >
      <Mark kind={kind} x={0} y={0} />
    </svg>
  )
}
