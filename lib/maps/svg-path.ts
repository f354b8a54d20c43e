/**
 * SVG path data in few bytes: whole units, a first absolute point per ring and relative
 * steps after it, and no step that rounding made zero. Norway's coast has thousands of
 * points, and the county list page has a budget (bench/budgets.json); written this way its
 * map takes about half of what d3's absolute coordinates would.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo'

class RelativePath {
  private out: string[] = []
  private ring: string[] = []
  private x = 0
  private y = 0
  private points = 0

  moveTo(px: number, py: number) {
    this.flush()
    this.x = Math.round(px)
    this.y = Math.round(py)
    this.ring = [`M${this.x} ${this.y}`]
    this.points = 1
  }

  lineTo(px: number, py: number) {
    const x = Math.round(px)
    const y = Math.round(py)
    const dx = x - this.x
    const dy = y - this.y
    if (dx === 0 && dy === 0) return
    // A minus sign separates numbers by itself: "l3-2", else one space.
    this.ring.push(
      `${this.ring.length === 1 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`,
    )
    this.x = x
    this.y = y
    this.points++
  }

  closePath() {
    this.ring.push('z')
    this.flush()
  }

  arc() {
    // Points are not drawn with this path.
  }

  /** Keeps a ring only if rounding left it an area (three points or more). */
  private flush() {
    if (this.points >= 3) this.out.push(this.ring.join(''))
    this.ring = []
    this.points = 0
  }

  result(): string {
    this.flush()
    return this.out.join('')
  }
}

/** The path data of a GeoJSON object drawn with a projection (clipped as the projection clips). */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const context = new RelativePath()
  geoPath(projection, context as never)(object)
  return context.result()
}
