import type { Localized, Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { countryName, formatList } from '@/lib/i18n/format'
import { drawFrame } from '@/lib/maps/draw'
import { AREA_WIDTH, areaBounds } from '@/lib/maps/frames'
import { MapBase, MAP_COLOURS } from './MapBase'

/**
 * A programme's area: its countries shaded on a map drawn at build time, and beside it
 * the Norwegian regions whose actors can take part (the data has countries, not
 * regions, so the regions are named, not drawn). The facts above list both in words.
 */
export function AreaMap({ programme }: { programme: Localized<Programme> }) {
  const lang = programme.pageLang
  const t = getT(lang)
  const drawn = drawFrame(areaBounds(programme.countries), AREA_WIDTH, programme.countries)
  const countries = formatList(
    lang,
    programme.countries.map((c) => countryName(lang, c)),
  )
  return (
    <figure className="my-6 flex flex-wrap items-start gap-4" data-map="area">
      <svg
        viewBox={`0 0 ${drawn.width} ${drawn.height}`}
        width={drawn.width}
        height={drawn.height}
        className="block h-auto max-w-full"
        role="img"
        aria-label={t('maps:areaLabel', { countries })}
      >
        <MapBase drawn={drawn} />
      </svg>
      <figcaption className="min-w-0 flex-1 basis-48 text-sm">
        <p className="flex items-center gap-2">
          <svg width={18} height={14} aria-hidden="true" className="shrink-0">
            <rect
              x={0.5}
              y={0.5}
              width={17}
              height={13}
              fill={MAP_COLOURS.shaded}
              stroke={MAP_COLOURS.coast}
            />
          </svg>
          {t('maps:areaShaded')}
        </p>
        <p className="mt-2 font-bold">{t('maps:areaRegions')}</p>
        <ul className="mt-1 list-disc pl-5" data-map-regions>
          {programme.regions.map((r) => (
            <li key={r}>{t(`content:region.${r}`)}</li>
          ))}
        </ul>
        <p className="mt-2 text-gray-800">{t('maps:dataSource')}.</p>
      </figcaption>
    </figure>
  )
}
