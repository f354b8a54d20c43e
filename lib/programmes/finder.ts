/**
 * The programme finder's matching, as pure functions: which programmes fit an actor's
 * area and project theme, and why. public/js/finder.js applies the same rules in the
 * browser from the data-* attributes the finder page writes (see FinderView).
 */
import { REGIONS, THEMES, type Region, type Theme } from '@/lib/content/model'

/** The query parameters of the finder's form and shared links: ?region=nordland&theme=energy */
export const FINDER_PARAMS = { region: 'region', theme: 'theme' } as const

export type FinderFilters = { region?: Region; theme?: Theme }

/** What the finder needs of a programme. */
export type Matchable = {
  status: 'open' | 'on-hold' | 'discontinued'
  regions: readonly string[]
  priorities: readonly { id: string; themes: readonly string[] }[]
}

export type ProgrammeMatch = {
  /** Whether the chosen area is in the programme's Norwegian area (true when none is chosen). */
  eligible: boolean
  /** The priorities that fit the chosen theme (all of them when none is chosen). */
  priorities: string[]
  /** A discontinued programme takes no applications, so it never fits a filter. */
  takesApplications: boolean
  fits: boolean
}

const isRegion = (v: unknown): v is Region => typeof v === 'string' && (REGIONS as readonly string[]).includes(v)
const isTheme = (v: unknown): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v)

/** Filters from a query string; unknown values are ignored, as a shared link may be old. */
export function parseFilters(query: URLSearchParams | string): FinderFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const region = params.get(FINDER_PARAMS.region)
  const theme = params.get(FINDER_PARAMS.theme)
  return { ...(isRegion(region) ? { region } : {}), ...(isTheme(theme) ? { theme } : {}) }
}

/** The query string for filters, for a link that brings them back ("" when none). */
export function filtersQuery(filters: FinderFilters): string {
  const params = new URLSearchParams()
  if (filters.region) params.set(FINDER_PARAMS.region, filters.region)
  if (filters.theme) params.set(FINDER_PARAMS.theme, filters.theme)
  const s = params.toString()
  return s ? `?${s}` : ''
}

export function hasFilters(filters: FinderFilters): boolean {
  return Boolean(filters.region || filters.theme)
}

export function matchProgramme(p: Matchable, filters: FinderFilters): ProgrammeMatch {
  const eligible = !filters.region || p.regions.includes(filters.region)
  const priorities = p.priorities.filter((pr) => !filters.theme || pr.themes.includes(filters.theme)).map((pr) => pr.id)
  const takesApplications = p.status !== 'discontinued'
  const fits = !hasFilters(filters) || (eligible && priorities.length > 0 && takesApplications)
  return { eligible, priorities, takesApplications, fits }
}

/** Every theme any of the programme's priorities covers (for the page's data-themes). */
export function programmeThemes(p: Matchable): string[] {
  return [...new Set(p.priorities.flatMap((pr) => pr.themes))]
}

export function fittingProgrammes<T extends Matchable>(programmes: T[], filters: FinderFilters): T[] {
  return programmes.filter((p) => matchProgramme(p, filters).fits)
}
