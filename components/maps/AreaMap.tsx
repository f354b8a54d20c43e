import type { Localized, Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { countryName, formatList } from '@/lib/i18n/format'
import { drawFrame } from '@/lib/maps/draw'
import { AREA_WIDTH, areaBounds } from '@/lib/maps/frames'
import { hasCountyMap } from '@/lib/maps/county-data'
import { norwayShapes, regionBounds } from '@/lib/maps/norway'
import { regionPart } from '@/lib/programmes/finder'
import { MapBase, MAP_COLOURS } from './MapBase'

/** The pattern that marks a county only partly in the area (one per page: a page has one area map). */
const PART_PATTERN = 'area-part'

/**
 * A programme's area, drawn at build time: in Norway exactly the counties that take part
 * (a county only partly in the area hatched), abroad the whole countries, since the data
 * abroad has countries, not regions; the caption says so. Beside the map the Norwegian
 * regions are named, with the part where only a part can take part.
 */
export function AreaMap({ programme }: { programme: Localized<Programme> }) {
  const lang = programme.pageLang
  const t = getT(lang)
  const withNorway = programme.countries.includes('NO')
  const abroad = programme.countries.filter((c) => c !== 'NO')
  const bounds = areaBounds(
    programme.countries,
    withNorway ? regionBounds(programme.regions) : undefined,
  )
  // Without the county data Norway stays in the frame, unshaded: never all of it marked.
  const counties = withNorway && hasCountyMap()
  const drawn = drawFrame(bounds, AREA_WIDTH, abroad, counties ? ['NO'] : [])
  const norway = counties ? norwayShapes(drawn) : undefined
  const parts = new Set<string>((programme.regionParts ?? []).map((p) => p.region))
  const fillOf = (region: string) =>
    parts.has(region)
      ? `url(#${PART_PATTERN})`
      : (programme.regions as readonly string[]).includes(region)
        ? MAP_COLOURS.shaded
        : MAP_COLOURS.land
  const shapes = norway ? [...norway.regions, ...(norway.svalbard ? [norway.svalbard] : [])] : []
  const regionNames = formatList(
    lang,
    programme.regions.map((r) => t(`content:region.${r}`)),
  )
  const countries = formatList(
    lang,
    abroad.map((c) => countryName(lang, c)),
  )
  return (
    <figure className="my-6 flex flex-wrap items-start gap-4" data-map="area">
      <svg
        viewBox={`0 0 ${drawn.width} ${drawn.height}`}
        width={drawn.width}
        height={drawn.height}
        className="block h-auto max-w-full"
        role="img"
        aria-label={
          withNorway
            ? t('counties:area.label', { regions: regionNames, countries })
            : t('maps:areaLabel', { countries })
        }
      >
        <PartPattern />
        <MapBase drawn={drawn} />
        <g stroke={MAP_COLOURS.coast} strokeWidth={0.5} strokeLinejoin="round" aria-hidden="true">
          {shapes.map(({ region, d }) => (
            <path
              key={region}
              d={d}
              fill={fillOf(region)}
              data-region={region}
              data-in-area={
                parts.has(region)
                  ? 'part'
                  : (programme.regions as readonly string[]).includes(region)
                    ? 'whole'
                    : undefined
              }
            />
          ))}
        </g>
      </svg>
      <figcaption className="min-w-0 flex-1 basis-48 text-sm">
        <ul>
          <li className="flex items-center gap-2">
            <Swatch fill={MAP_COLOURS.shaded} />
            {counties ? t('counties:area.inArea') : t('maps:areaShaded')}
          </li>
          {parts.size > 0 && (
            <li className="mt-1 flex items-center gap-2">
              <Swatch fill={`url(#${PART_PATTERN})`} />
              {t('counties:area.part')}
            </li>
          )}
        </ul>
        <p className="mt-2 font-bold">{t('maps:areaRegions')}</p>
        <ul className="mt-1 list-disc pl-5" data-map-regions>
          {programme.regions.map((r) => {
            const part = regionPart(programme, r)
            return (
              <li key={r}>
                {t(`content:region.${r}`)}
                {part && (
                  <span lang={programme.fallback ? programme.lang : undefined}> ({part})</span>
                )}
              </li>
            )
          })}
        </ul>
        {counties && abroad.length > 0 && <p className="mt-2">{t('counties:area.abroad')}</p>}
        <p className="mt-2 text-gray-800">
          {counties ? t('counties:map.source') : `${t('maps:dataSource')}.`}
        </p>
      </figcaption>
    </figure>
  )
}

function PartPattern() {
  return (
    <defs>
      <pattern
        id={PART_PATTERN}
        width={4}
        height={4}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={4} height={4} fill={MAP_COLOURS.land} />
        <rect width={2} height={4} fill={MAP_COLOURS.shaded} />
      </pattern>
    </defs>
  )
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg width={18} height={14} aria-hidden="true" className="shrink-0">
      <rect x={0.5} y={0.5} width={17} height={13} fill={fill} stroke={MAP_COLOURS.coast} />
    </svg>
  )
}
