/**
 * The content's controlled values: themes, regions, kinds and statuses. Plain lists with
 * no other code, so a page script (the finder's) can import them without bundling the
 * whole content model; lib/content/model.ts re-exports them and is where they are used.
 */

export const THEMES = [
  'business',
  'innovation',
  'climate-environment',
  'energy',
  'transport',
  'tourism',
  'culture',
  'education',
  'communities',
  'governance',
  // Sámi culture, language and reindeer husbandry: Interreg Aurora's Sápmi sub-area funds it across the border.
  'sami',
] as const
export type Theme = (typeof THEMES)[number]

/** Norwegian counties (as from 2024) and Svalbard: the areas a programme can cover. */
export const REGIONS = [
  'agder',
  'akershus',
  'buskerud',
  'finnmark',
  'innlandet',
  'more-og-romsdal',
  'nordland',
  'oslo',
  'rogaland',
  'svalbard',
  'telemark',
  'troms',
  'trondelag',
  'vestfold',
  'vestland',
  'ostfold',
] as const
export type Region = (typeof REGIONS)[number]

export const NETWORK_KINDS = [
  'european',
  'nordic',
  'barents',
  'brussels-office',
  'regional',
] as const
export const AGREEMENT_STATUSES = ['active', 'on-hold', 'ended'] as const
/**
 * open: takes applications; on-hold: paused, calls may come again; closed: the programme
 * has announced no further calls (its projects run on); discontinued: stopped altogether.
 */
export const PROGRAMME_STATUSES = ['open', 'on-hold', 'closed', 'discontinued'] as const
/**
 * The kind of cooperation a programme funds. Interreg's strands: A crosses a border between
 * neighbours, B works across a larger sea or region, C links regions all over Europe;
 * "other" is everything outside Interreg (e.g. NORA).
 */
export const PROGRAMME_STRANDS = [
  'cross-border',
  'transnational',
  'interregional',
  'other',
] as const
export const COUNTY_ROLES = ['contact-point', 'co-manager', 'co-funder'] as const
export const CONTACT_KINDS = ['person', 'office'] as const
