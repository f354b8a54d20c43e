/**
 * The finder's answer pages: one static page for every choice its form can make, so the
 * form works without JavaScript. /nb/finn-program/telemark/ (an area),
 * /nb/finn-program/telemark/transport/ (an area and a theme) and
 * /nb/finn-program/alle-omrader/transport/ (a theme in any area). Regions and themes are
 * named by their ids, as in the form's query, so the web server can send
 * ?region=telemark&theme=transport to its page without a table per language
 * (deploy/rules.ts FINDER_ANSWERS).
 */
// Relative imports: deploy/rules.ts reads this file under tsx, without the @/ alias.
import { REGIONS, THEMES, type Region, type Theme } from '../content/vocabulary'
import type { Lang } from '../i18n/config'
import { sectionHref } from '../routes'
import { SECTIONS } from '../sections'
import type { FinderFilters } from './finder'

/** A choice with at least one filter: what an answer page answers. */
export type FinderAnswer = FinderFilters & ({ region: Region } | { theme: Theme })

/** The URL word for "any area" in a language (lib/sections.ts). */
export function anyRegionWord(lang: Lang): string {
  return SECTIONS.finder.anyRegionWords[lang]
}

/** Every choice the form can make but "all": each area, each area with each theme, each theme alone. */
export function allFinderAnswers(): FinderAnswer[] {
  return [
    ...REGIONS.map((region) => ({ region })),
    ...REGIONS.flatMap((region) => THEMES.map((theme) => ({ region, theme }))),
    ...THEMES.map((theme) => ({ theme })),
  ]
}

/** The path segments of an answer under the finder's page: ['telemark'], ['telemark', 'transport']. */
export function finderAnswerSegments(lang: Lang, answer: FinderAnswer): string[] {
  const region = answer.region ?? anyRegionWord(lang)
  return answer.theme ? [region, answer.theme] : [region]
}

export function finderAnswerHref(lang: Lang, answer: FinderAnswer): string {
  return `${sectionHref(lang, 'finder')}${finderAnswerSegments(lang, answer).join('/')}/`
}

const isRegion = (v: string): v is Region => (REGIONS as readonly string[]).includes(v)
const isTheme = (v: string): v is Theme => (THEMES as readonly string[]).includes(v)

/** The answer a page's segments name, or undefined for anything else (a 404). */
export function parseFinderAnswer(
  lang: Lang,
  regionSegment: string,
  themeSegment?: string,
): FinderAnswer | undefined {
  const theme = themeSegment
  if (theme !== undefined && !isTheme(theme)) return undefined
  if (regionSegment === anyRegionWord(lang)) return theme ? { theme } : undefined
  if (!isRegion(regionSegment)) return undefined
  return theme ? { region: regionSegment, theme } : { region: regionSegment }
}
