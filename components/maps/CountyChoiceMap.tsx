import type { Region } from '@/lib/content/model'
import { hasCountyMap } from '@/lib/maps/county-data'
import { drawNorwayFrame, norwayShapes } from '@/lib/maps/norway'
import { MapBase, MAP_COLOURS } from './MapBase'

/** Small: it sits beside the finder's form and must not push the results down on a phone. */
const WIDTH = 150

/**
 * Norway's counties with the chosen one marked (`selected`), for the finder. The form's
 * choice says the same in words, so the map is hidden from screen readers. The finder's
 * script moves the mark when the choice changes (markCounty in lib/maps/mark-county.ts).
 */
export function CountyChoiceMap({
  selected,
  className,
}: {
  selected?: Region
  className?: string
}) {
  // No county data in this build (lib/maps/county-data.ts): no map, the list says it all.
  if (!hasCountyMap()) return null
  const drawn = drawNorwayFrame(WIDTH)
  return (
    <svg
      viewBox={`0 0 ${drawn.width} ${drawn.height}`}
      width={drawn.width}
      height={drawn.height}
      className={`block h-auto ${className ?? ''}`}
      aria-hidden="true"
      data-county-map
    >
      <MapBase drawn={drawn} />
      <g fill={MAP_COLOURS.county} stroke={MAP_COLOURS.coast} strokeWidth={0.4}>
        {norwayShapes(drawn).regions.map(({ region, d }) => (
          <path
            key={region}
            d={d}
            data-region={region}
            data-selected={region === selected ? '' : undefined}
          />
        ))}
      </g>
    </svg>
  )
}
