import type { Agreement, County, Localized } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { partnerFrames, shortLabel, type MapPoint, type PlacedPoint } from '@/lib/maps/partners'
import { FONT_SIZE, LINE_HEIGHT } from '@/lib/maps/labels'
import { AGREEMENT_STATUSES } from '@/lib/content/vocabulary'
import { MapBase, MAP_COLOURS } from './MapBase'
import { KeyMark, Mark } from './Marks'

type Props = {
  lang: Lang
  agreements: readonly Localized<Agreement>[]
  /** Counties whose administrative centre is marked (the county's own position). */
  counties: readonly Localized<County>[]
}

/**
 * The partner regions on a map, drawn at build time: each agreement a labelled point that
 * links to its page, each county council a star. No script and no tiles: inline SVG,
 * a few kilobytes. The text of the page lists the same agreements.
 */
export function PartnerMap({ lang, agreements, counties }: Props) {
  const t = getT(lang)
  const points: MapPoint[] = [
    ...counties.flatMap((c): MapPoint[] =>
      c.location
        ? [
            {
              kind: 'county',
              id: c.id,
              label: c.location.name,
              name: t('maps:countyMark', { county: c.title, place: c.location.name }),
              place: c.location,
            },
          ]
        : [],
    ),
    ...agreements.flatMap((a): MapPoint[] => {
      if (!a.location) return []
      const statusText = t(`content:agreementStatus.${a.status}`)
      return [
        {
          kind: 'agreement',
          id: a.id,
          href: a.href,
          label: shortLabel(a.title),
          name: t('maps:partnerLink', { title: a.title, status: statusText }),
          status: a.status,
          statusText,
          place: a.location,
        },
      ]
    }),
  ]
  const frames = partnerFrames(points)
  if (!points.some((p) => p.kind === 'agreement') || frames.length === 0) return null
  const shownStatuses = AGREEMENT_STATUSES.filter((s) =>
    agreements.some((a) => a.location && a.status === s),
  )
  return (
    <figure className="my-6" data-map="partners">
      <div className="flex flex-wrap items-start gap-3">
        {frames.map((frame) => {
          const titleId = `map-${frame.id}`
          return (
            <div key={frame.id} className="max-w-full">
              <svg
                viewBox={`0 0 ${frame.drawn.width} ${frame.drawn.height}`}
                width={frame.drawn.width}
                height={frame.drawn.height}
                className="block h-auto max-w-full"
                aria-labelledby={titleId}
                data-frame={frame.id}
              >
                <title
                  id={titleId}
                >{`${t('maps:partnerTitle')}: ${t(`maps:frame.${frame.id}`)}`}</title>
                <MapBase drawn={frame.drawn} />
                {frame.points.map((p) => (
                  <Point key={`${p.kind}-${p.id}`} point={p} />
                ))}
              </svg>
              <p className="mt-1 text-sm font-bold" aria-hidden="true">
                {t(`maps:frame.${frame.id}`)}
              </p>
            </div>
          )
        })}
      </div>
      {/* The key before the caption: a figcaption must be the figure's first or last child. */}
      <div className="mt-2 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t('maps:legendHeading')}>
          {shownStatuses.map((s) => (
            <li key={s} className="flex items-center gap-1">
              <KeyMark kind={s} /> {t(`content:agreementStatus.${s}`)}
            </li>
          ))}
          {points.some((p) => p.kind === 'county') && (
            <li className="flex items-center gap-1">
              <KeyMark kind="county" /> {t('maps:county')}
            </li>
          )}
        </ul>
      </div>
      <figcaption className="mt-2 max-w-prose text-sm text-gray-800">
        {t('maps:partnerCaption')} {t('maps:dataSource')}.
      </figcaption>
    </figure>
  )
}

function Label({ point }: { point: PlacedPoint }) {
  const { text, lines } = point
  return (
    <text
      x={text.x}
      y={text.y}
      textAnchor={text.anchor}
      fontSize={FONT_SIZE}
      fill={MAP_COLOURS.text}
      stroke={MAP_COLOURS.halo}
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
      textDecoration={point.kind === 'agreement' ? 'underline' : undefined}
    >
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={text.x}
          dy={i === 0 ? 0 : LINE_HEIGHT}
          fontStyle={i > 0 ? 'italic' : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  )
}

function Point({ point }: { point: PlacedPoint }) {
  if (point.kind === 'county') {
    return (
      <g role="img" aria-label={point.name}>
        <Mark kind="county" x={point.x} y={point.y} />
        <Label point={point} />
      </g>
    )
  }
  return (
    <a href={point.href} aria-label={point.name} data-agreement={point.id} className="map-link">
      <Mark kind={point.status} x={point.x} y={point.y} />
      <Label point={point} />
    </a>
  )
}
