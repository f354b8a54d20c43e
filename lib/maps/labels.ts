/**
 * Places each point's label beside it without covering another label or mark: the
 * first free position of right, left, above, below (then the corners), in a frame of
 * known size. Greedy and deterministic: a map has a handful of points, not hundreds.
 */

type Box = { x: number; y: number; width: number; height: number }
type LabelInput = { x: number; y: number; lines: readonly string[] }
export type PlacedLabel = { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box }

export const FONT_SIZE = 13
export const LINE_HEIGHT = 15
/** Half the size of a mark: labels keep this far from every point. */
const MARK = 6
const GAP = 3
// An average glyph of the system sans-serif at 13 units is about 0.56 of its size wide.
const CHAR_WIDTH = FONT_SIZE * 0.56

const textWidth = (lines: readonly string[]) => Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

type Candidate = {
  anchor: PlacedLabel['anchor']
  dx: (w: number) => number
  dy: (h: number) => number
}
const CANDIDATES: Candidate[] = [
  { anchor: 'start', dx: () => MARK + GAP, dy: (h) => -h / 2 }, // right
  { anchor: 'end', dx: (w) => -(MARK + GAP) - w, dy: (h) => -h / 2 }, // left
  { anchor: 'middle', dx: (w) => -w / 2, dy: (h) => -(MARK + GAP) - h }, // above
  { anchor: 'middle', dx: (w) => -w / 2, dy: () => MARK + GAP }, // below
  { anchor: 'start', dx: () => MARK, dy: (h) => -MARK - h }, // above right
  { anchor: 'start', dx: () => MARK, dy: () => MARK }, // below right
  { anchor: 'end', dx: (w) => -MARK - w, dy: (h) => -MARK - h }, // above left
  { anchor: 'end', dx: (w) => -MARK - w, dy: () => MARK }, // below left
]

export function placeLabels(
  points: readonly LabelInput[],
  frame: { width: number; height: number },
): PlacedLabel[] {
  const taken: Box[] = points.map((p) => ({
    x: p.x - MARK,
    y: p.y - MARK,
    width: 2 * MARK,
    height: 2 * MARK,
  }))
  return points.map((p) => {
    const width = textWidth(p.lines)
    const height = p.lines.length * LINE_HEIGHT
    // A label above or below may slide sideways to stay in the frame (it still sits over its mark).
    const slide = (c: Candidate, x: number) =>
      c.anchor === 'middle' ? Math.min(Math.max(x, 0), frame.width - width) : x
    const boxes = CANDIDATES.map((c) => ({
      c,
      box: { x: slide(c, p.x + c.dx(width)), y: p.y + c.dy(height), width, height },
    }))
    const inside = (b: Box) =>
      b.x >= 0 && b.y >= 0 && b.x + b.width <= frame.width && b.y + b.height <= frame.height
    const free =
      boxes.find(({ box }) => inside(box) && !taken.some((t) => overlaps(t, box))) ??
      boxes.find(({ box }) => inside(box)) ??
      boxes[0]
    taken.push(free.box)
    const { c, box } = free
    const x = c.anchor === 'start' ? box.x : c.anchor === 'end' ? box.x + width : box.x + width / 2
    // The first line's baseline: text sits about 0.8 of a line below the box's top.
    return { x: Math.round(x), y: Math.round(box.y + FONT_SIZE * 0.95), anchor: c.anchor, box }
  })
}
