/**
 * The maps' data: every agreement's point lies in its country and in a frame of the
 * partner map, the check names the country a wrong point lies in, the drawn frames stay
 * small and whole-numbered, and labels on the busiest map do not cover each other.
 */
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/checker/validate/load'
import { pointProblem, type PointFinding } from '@/lib/maps/check'
import { render, say, type CheckLang } from '@/lib/checker/messages'
import { drawFrame } from '@/lib/maps/draw'
import { PARTNER_FRAMES, areaBounds, frameOf } from '@/lib/maps/frames'
import { partnerFrames, shortLabel, type MapPoint } from '@/lib/maps/partners'
import { countryContains } from '@/lib/maps/world'

type Location = { name: string; lat: number; lon: number; source: string }
const { files } = loadContent(['content'])
const agreements = files.filter((f) => f.type === 'Agreement')
const counties = files.filter((f) => f.type === 'County')

describe('the points of the real content', () => {
  it('has agreements in both languages', () => {
    expect(agreements.length).toBeGreaterThanOrEqual(14)
  })

  it.each(agreements.map((f) => [f.file, f] as const))(
    '%s: its point lies inside its country',
    (_, f) => {
      const location = f.data.location as Location | undefined
      expect(location, 'every agreement has a location').toBeDefined()
      expect(typeof location!.source).toBe('string')
      expect(pointProblem(String(f.data.country), location!)).toBeUndefined()
    },
  )

  it.each(agreements.map((f) => [f.file, f] as const))(
    '%s: its point is in a frame of the partner map',
    (_, f) => {
      const { lon, lat } = f.data.location as Location
      expect(frameOf(lon, lat)).toBeDefined()
    },
  )

  // A county council's seat is marked only where a source about the council of today names it
  // (Troms, Finnmark, Buskerud, Østfold and Viken have none yet): those with one lie in Norway.
  it.each(counties.filter((f) => f.data.location).map((f) => [f.file, f] as const))(
    '%s: its centre lies in Norway',
    (_, f) => {
      expect(pointProblem('NO', f.data.location as Location)).toBeUndefined()
    },
  )

  it('puts Leningrad oblast at its administrative centre, Gatchina, not in St Petersburg', () => {
    for (const f of agreements.filter((a) => a.data.id === 'leningrad')) {
      const { name, lat, lon } = f.data.location as Location
      expect(name).toBe('Gatchina')
      // St Petersburg's centre is at 59.94, 30.31, about 45 km north-east.
      expect(
        Math.hypot(lat - 59.94, (lon - 30.31) * Math.cos((lat * Math.PI) / 180)),
      ).toBeGreaterThan(0.3)
    }
  })

  it('the Norwegian and English file of an agreement give the same point', () => {
    for (const f of agreements) {
      const other = agreements.find((g) => g.data.id === f.data.id && g.lang !== f.lang)!
      const [a, b] = [f.data.location as Location, other.data.location as Location]
      expect([a.lat, a.lon, a.name], f.file).toEqual([b.lat, b.lon, b.name])
    }
  })
})

/** A finding as the checker's catalogue words it. */
const worded = (finding: PointFinding | undefined, lang: CheckLang = 'nb') =>
  finding && render(say('mapPoint', finding), lang).message

describe('the point check', () => {
  it('names the country a wrong point lies in, in Norwegian and in English', () => {
    const problem = pointProblem('LT', { name: 'Sankt Petersburg', lat: 59.94, lon: 30.31 })
    expect(problem).toEqual({
      kind: 'inOtherCountry',
      place: { name: 'Sankt Petersburg', lat: 59.94, lon: 30.31 },
      country: 'LT',
      other: 'RU',
    })
    expect(worded(problem, 'nb')).toBe(
      '«Sankt Petersburg» (lat 59.94, lon 30.31) ligger i Russland (RU), ikke i Litauen (LT)',
    )
    expect(worded(problem, 'en')).toBe(
      '"Sankt Petersburg" (lat 59.94, lon 30.31) lies in Russia (RU), not in Lithuania (LT)',
    )
  })

  it('catches latitude and longitude swapped', () => {
    expect(worded(pointProblem('LT', { lat: 23.89, lon: 54.9 }))).toMatch(
      /ligger i .+, ikke i Litauen \(LT\)$/,
    )
  })

  it('accepts a coastal town just outside the 1:50m coastline, not a point far out at sea', () => {
    expect(countryContains('NO', 14.4, 67.28)).toBe(false) // Bodø: the coarse coastline cuts the town off
    expect(pointProblem('NO', { lat: 67.28, lon: 14.4 })).toBeUndefined()
    expect(worded(pointProblem('LT', { lat: 55.6, lon: 19.6 }))).toMatch(
      /ligger i havet, \d+ km fra Litauen/,
    )
  })

  it('says when the map has no country with the code', () => {
    expect(worded(pointProblem('XK', { lat: 42.67, lon: 21.17 }))).toMatch(
      /har ikke noe land med koden XK/,
    )
  })
})

describe('drawing', () => {
  it('draws each frame in whole units and a few kilobytes', () => {
    for (const frame of PARTNER_FRAMES) {
      const drawn = drawFrame(frame.bounds, frame.width)
      const data = drawn.land + drawn.borders
      expect(data, frame.id).not.toMatch(/\d\.\d/)
      expect(gzipSync(data).length, frame.id).toBeLessThan(10_000)
    }
  })

  it('fits a programme frame to its countries in Europe and the North Atlantic, not their overseas parts', () => {
    const [w, s, e, n] = areaBounds(['FR', 'ES', 'PT'])
    expect(w).toBeGreaterThan(-35) // the Azores, not French Guiana (-54)
    expect(s).toBeGreaterThan(34) // not the Canary Islands (28)
    expect(e).toBeLessThan(12)
    expect(n).toBeLessThan(53)
    const [gw, , , gn] = areaBounds(['GL', 'IS', 'NO'])
    expect(gw).toBeLessThan(-60)
    expect(gn).toBeGreaterThan(80) // Svalbard and northern Greenland
  })

  it('shades the countries asked for, and only when asked', () => {
    expect(drawFrame([3, 42, 33, 69.5], 360).shaded).toBe('')
    expect(drawFrame([3, 42, 33, 69.5], 360, ['SE', 'NO']).shaded.length).toBeGreaterThan(500)
  })
})

describe('the partner map of every agreement (as the agreement list draws it: the partners)', () => {
  const points: MapPoint[] = [
    ...agreements
      .filter((f) => f.lang === 'nb')
      .map((f): MapPoint => ({
        kind: 'agreement',
        id: String(f.data.id),
        href: `/nb/avtaler/${f.slug}/`,
        label: shortLabel(String(f.data.title)),
        name: String(f.data.title),
        status: f.data.status as 'active',
        statusText: String(f.data.status),
        place: f.data.location as Location,
      })),
  ]
  const frames = partnerFrames(points)

  it('shows every point in one frame, inside it', () => {
    expect(frames.flatMap((f) => f.points.map((p) => p.id)).sort()).toEqual(
      points.map((p) => p.id).sort(),
    )
    for (const f of frames)
      for (const p of f.points)
        expect(p.x >= 0 && p.x <= f.drawn.width && p.y >= 0 && p.y <= f.drawn.height, p.id).toBe(
          true,
        )
  })

  it('places no label over another', () => {
    for (const f of frames) {
      const boxes = f.points.map((p) => p.text.box)
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => {
          const overlap =
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height
          expect(overlap, `${f.points[i].id} and ${f.points[i + 1 + j].id}`).toBe(false)
        }),
      )
    }
  })

  it('shortens a title to its name for the label', () => {
    expect(shortLabel('Leningrad oblast (Russland)')).toBe('Leningrad oblast')
    expect(shortLabel('Kaunas')).toBe('Kaunas')
  })
})
