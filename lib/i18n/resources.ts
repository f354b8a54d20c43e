/**
 * Translation files, by language and namespace. Each feature owns its namespace file
 * (common, content, …); a unit test holds the key sets of every language equal.
 */
import type { Lang } from './config'
import nbCommon from './locales/nb/common.json'
import enCommon from './locales/en/common.json'
import nbContent from './locales/nb/content.json'
import enContent from './locales/en/content.json'
import nbSearch from './locales/nb/search.json'
import enSearch from './locales/en/search.json'
import nbProgramme from './locales/nb/programme.json'
import enProgramme from './locales/en/programme.json'
import nbA11y from './locales/nb/a11y.json'
import enA11y from './locales/en/a11y.json'
import nbMaps from './locales/nb/maps.json'
import enMaps from './locales/en/maps.json'

export const resources = {
  nb: { common: nbCommon, content: nbContent, search: nbSearch, programme: nbProgramme, a11y: nbA11y, maps: nbMaps },
  en: { common: enCommon, content: enContent, search: enSearch, programme: enProgramme, a11y: enA11y, maps: enMaps },
} satisfies Record<Lang, Record<string, object>>

export type Namespace = keyof (typeof resources)['nb']
export const NAMESPACES = Object.keys(resources.nb) as Namespace[]
