/**
 * The programme finder's matching, as pure functions: which programmes fit an actor's
 * area and project theme, and why. public/js/finder.js applies the same rules in the
 * browser from the data-* attributes the finder page writes (see FinderView).
 */
import { REGIONS, THEMES, type Region, type Theme } from '@/lib/content/vocabulary'
import { takesApplications, type ProgrammeStatus } from './applications'

/** The query parameters of the finder's form and shared links: ?region=nordland&theme=energy */
export const FINDER_PARAMS = { region: 'region', theme: 'theme' } as const

export type FinderFilters = { region?: Region; theme?: Theme }

/** What the finder needs of a programme. */
export type Matchable = {
  status: ProgrammeStatus
  regions: readonly string[]
  regionParts?: readonly { region: string; part: string }[]
  priorities: readonly { id: string; themes: readonly string[] }[]
}

/**
 * The counties: every region but Svalbard, which is no county. interreg.no says the
 * programme areas cover "hele eller deler av det norske fastlandsterritoriet", and its
 * pages for the Europe-wide programmes say "alle fylker" or "hele Norge".
 */
export const COUNTY_REGIONS: readonly Region[] = REGIONS.filter((r) => r !== 'svalbard')

/**
 * Whether a programme is open to all of Norway: derived from its regions (it lists every
 * county), so an editor states the area once and the finder cannot disagree with it.
 * A region only partly in the area (regionParts) does not count as covered.
 */
export function coversAllCounties(p: Pick<Matchable, 'regions' | 'regionParts'>): boolean {
  return COUNTY_REGIONS.every((r) => p.regions.includes(r) && !regionPart(p, r))
}

/** Which part of a region can take part, when only a part can (undefined when all of it can, or none). */
export function regionPart(p: Pick<Matchable, 'regionParts'>, region: string): string | undefined {
  return p.regionParts?.find((rp) => rp.region === region)?.part
}

type ProgrammeMatch = {
  /** Whether the chosen area is in the programme's Norwegian area (true when none is chosen). */
  eligible: boolean
  /** The priorities that fit the chosen theme (all of them when none is chosen). */
  priorities: string[]
  /** A closed or discontinued programme takes no applications, so it is never a result (./applications.ts). */
  takesApplications: boolean
  fits: boolean
}

const isRegion = (v: unknown): v is Region =>
  typeof v === 'string' && (REGIONS as readonly string[]).includes(v)
const isTheme = (v: unknown): v is Theme =>
  typeof v === 'string' && (THEMES as readonly string[]).includes(v)

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
  const priorities = p.priorities
    .filter((pr) => !filters.theme || pr.themes.includes(filters.theme))
    .map((pr) => pr.id)
  const open = takesApplications(p.status)
  const fits = open && (!hasFilters(filters) || (eligible && priorities.length > 0))
  return { eligible, priorities, takesApplications: open, fits }
}

/** Every theme any of the programme's priorities covers (for the page's data-themes). */
export function programmeThemes(p: Matchable): string[] {
  return [...new Set(p.priorities.flatMap((pr) => pr.themes))]
}

export function fittingProgrammes<T extends Matchable>(
  programmes: T[],
  filters: FinderFilters,
): T[] {
  return programmes.filter((p) => matchProgramme(p, filters).fits)
}

/**
 * Filters in a query string whose value the finder does not know (an old or mistyped link).
 * They are ignored, as parseFilters does, but the page says so instead of silently showing more.
 */
export function unknownFilters(
  query: URLSearchParams | string,
): { name: keyof typeof FINDER_PARAMS; value: string }[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const known = parseFilters(params)
  return (Object.keys(FINDER_PARAMS) as (keyof typeof FINDER_PARAMS)[])
    .map((name) => ({ name, value: params.get(FINDER_PARAMS[name]) ?? '' }))
    .filter((f) => f.value !== '' && known[f.name] === undefined)
}
