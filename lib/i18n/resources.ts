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
import nbPublisher from './locales/nb/publisher.json'
import enPublisher from './locales/en/publisher.json'
import nbDates from './locales/nb/dates.json'
import enDates from './locales/en/dates.json'
import nbReview from './locales/nb/review.json'
import enReview from './locales/en/review.json'
import nbLinks from './locales/nb/links.json'
import enLinks from './locales/en/links.json'
import nnCommon from './locales/nn/common.json'
import nnContent from './locales/nn/content.json'
import nnSearch from './locales/nn/search.json'
import nnProgramme from './locales/nn/programme.json'
import nnA11y from './locales/nn/a11y.json'
import nnPublisher from './locales/nn/publisher.json'
import nnDates from './locales/nn/dates.json'
import nnReview from './locales/nn/review.json'
import nnLinks from './locales/nn/links.json'
import nbMaps from './locales/nb/maps.json'
import enMaps from './locales/en/maps.json'
import nnMaps from './locales/nn/maps.json'
import nbFacts from './locales/nb/facts.json'
import enFacts from './locales/en/facts.json'
import nnFacts from './locales/nn/facts.json'
import nbEditor from './locales/nb/editor.json'
import enEditor from './locales/en/editor.json'
import nnEditor from './locales/nn/editor.json'
import nbEverywhere from './locales/nb/everywhere.json'
import nnEverywhere from './locales/nn/everywhere.json'
import enEverywhere from './locales/en/everywhere.json'
import nbChanges from './locales/nb/changes.json'
import enChanges from './locales/en/changes.json'
import nnChanges from './locales/nn/changes.json'
import nbCounties from './locales/nb/counties.json'
import nnCounties from './locales/nn/counties.json'
import enCounties from './locales/en/counties.json'
import nbWritten from './locales/nb/written.json'
import nnWritten from './locales/nn/written.json'
import enWritten from './locales/en/written.json'

export const resources = {
  nb: {
    common: nbCommon,
    content: nbContent,
    search: nbSearch,
    programme: nbProgramme,
    a11y: nbA11y,
    publisher: nbPublisher,
    dates: nbDates,
    review: nbReview,
    links: nbLinks,
    maps: nbMaps,
    facts: nbFacts,
    editor: nbEditor,
    everywhere: nbEverywhere,
    changes: nbChanges,
    counties: nbCounties,
    written: nbWritten,
  },
  nn: {
    common: nnCommon,
    content: nnContent,
    search: nnSearch,
    programme: nnProgramme,
    a11y: nnA11y,
    publisher: nnPublisher,
    dates: nnDates,
    review: nnReview,
    links: nnLinks,
    maps: nnMaps,
    facts: nnFacts,
    editor: nnEditor,
    everywhere: nnEverywhere,
    changes: nnChanges,
    counties: nnCounties,
    written: nnWritten,
  },
  en: {
    common: enCommon,
    content: enContent,
    search: enSearch,
    programme: enProgramme,
    a11y: enA11y,
    publisher: enPublisher,
    dates: enDates,
    review: enReview,
    links: enLinks,
    maps: enMaps,
    facts: enFacts,
    editor: enEditor,
    everywhere: enEverywhere,
    changes: enChanges,
    counties: enCounties,
    written: enWritten,
  },
} satisfies Record<Lang, Record<string, object>>

export type Namespace = keyof (typeof resources)['nb']
export const NAMESPACES = Object.keys(resources.nb) as Namespace[]
