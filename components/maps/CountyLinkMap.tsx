import type { County, Localized } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { hasCountyMap } from '@/lib/maps/county-data'
import { drawNorwayFrame, norwayShapes } from '@/lib/maps/norway'
import { MapBase, MAP_COLOURS } from './MapBase'

/** Units across: the map is drawn for about this many CSS pixels, and scales down on a phone. */
const WIDTH = 416

/**
 * The counties of today (2024 boundaries), each a link to its county council's page, named
 * by the council's name; reached with Tab like any link. The list of county councils
 * follows the map on the page and is its text alternative.
 */
export function CountyLinkMap({
  lang,
  counties,
}: {
  lang: Lang
  counties: readonly Localized<County>[]
}) {
  // No county data in this build (lib/maps/county-data.ts): no map, the list says it all.
  if (!hasCountyMap()) return null
  const t = getT(lang)
  const drawn = drawNorwayFrame(WIDTH)
  // Each county of the map belongs to the county council of today that covers it.
  const councilOf = (region: string) =>
    counties.find((c) => c.dissolved === undefined && c.regions.includes(region as never))
  const titleId = 'county-map-title'
  return (
    <figure className="my-6 lg:mt-0" data-map="counties">
      <svg
        viewBox={`0 0 ${drawn.width} ${drawn.height}`}
        width={drawn.width}
        height={drawn.height}
        className="block h-auto max-w-full"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('counties:map.title')}</title>
        <MapBase drawn={drawn} />
        <g
          fill={MAP_COLOURS.county}
          stroke={MAP_COLOURS.coast}
          strokeWidth={0.6}
          strokeLinejoin="round"
        >
          {norwayShapes(drawn).regions.map(({ region, d }) => {
            const council = councilOf(region)
            if (!council) return <path key={region} d={d} aria-hidden="true" />
            return (
              <a
                key={region}
                href={council.href}
                className="map-county"
                data-county={council.id}
                aria-label={council.title}
              >
                <title>{council.title}</title>
                <path d={d} />
              </a>
            )
          })}
        </g>
      </svg>
      <figcaption className="mt-2 max-w-prose text-sm text-gray-800">
        {t('counties:map.caption')} {t('counties:map.source')}
      </figcaption>
    </figure>
  )
}
