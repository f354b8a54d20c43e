/**
 * Where the county boundaries come from: Kartverket's 2024 county boundaries as TopoJSON
 * (see lib/maps/data/README.md). The file is not part of the project: the workplace keeps data
 * fetched from other repositories out of the project's commits and beside it, in ../shared/.
 * `COUNTY_MAP_DATA` names another path. Without the file the build goes on and says so loudly
 * (scripts/check-settings.ts); the county maps are then left out, and programme area maps draw
 * Norway unshaded, with its counties named in the list beside the map.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { GeometryCollection, Topology } from 'topojson-specification'

export type CountyTopology = Topology<{ counties: GeometryCollection<{ name: string }> }>

export const COUNTY_DATA_FILE =
  process.env.COUNTY_MAP_DATA || resolve(process.cwd(), '..', 'shared', 'maps', 'fylker-2024.json')

let loaded: CountyTopology | null | undefined

/** The county topology, or undefined when its file is not there. */
export function countyTopology(): CountyTopology | undefined {
  if (loaded === undefined)
    loaded = existsSync(COUNTY_DATA_FILE)
      ? (JSON.parse(readFileSync(COUNTY_DATA_FILE, 'utf8')) as CountyTopology)
      : null
  return loaded ?? undefined
}

/** Whether the county maps can be drawn in this build. */
export const hasCountyMap = () => countyTopology() !== undefined
