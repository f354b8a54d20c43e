/**
 * What search knows about a document beyond its text, derived from its data (no content
 * field of its own): the names it goes by, keywords it does not spell out, and whether
 * it is current. Written into the page as hidden Pagefind metadata and a filter by
 * components/search/SearchTerms.tsx, and read back by the search page's ranking.
 */
import { getCountyById, strategyStatus, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { synonymsFor } from './synonyms'

/** A document that is no longer in force ranks below a current one for the same match. */
type Era = 'current' | 'historical'

interface DocumentSearchTerms {
  /** Short name and other names (e.g. "NPA"): weighted like the title. */
  names: string
  /** Synonyms and the themes a programme funds: weighted like body text. */
  keywords: string
  /** A programme's or strategy's priorities (their titles): weighted above body text. */
  priorities: string
  era: Era
}

/** Discontinued programmes, ended agreements, expired strategies and dissolved counties are history. */
function documentEra(doc: Localized, today: Date = new Date()): Era {
  switch (doc.type) {
    case 'Programme':
      return doc.status === 'discontinued' ? 'historical' : 'current'
    case 'Agreement':
      return doc.status === 'ended' ? 'historical' : 'current'
    case 'County':
      return doc.dissolved !== undefined && doc.dissolved < today.getFullYear()
        ? 'historical'
        : 'current'
    case 'Strategy': {
      const dissolved = getCountyById(doc.pageLang, doc.county)?.dissolved
      return strategyStatus(doc.period, dissolved, today) === 'expired' ? 'historical' : 'current'
    }
    default:
      return 'current'
  }
}

/** The text of a document that search indexes, roughly: enough to find the synonyms it earns. */
function documentText(doc: Localized): string {
  return [
    doc.title,
    doc.description,
    doc.body.raw,
    'regionsNote' in doc ? doc.regionsNote : '',
  ].join(' ')
}

export function documentSearchTerms(doc: Localized): DocumentSearchTerms {
  const lang = doc.pageLang
  const t = getT(lang)
  const names = 'shortName' in doc && doc.shortName ? [doc.shortName] : []
  const themes =
    doc.type === 'Programme'
      ? [...new Set(doc.priorities.flatMap((p) => p.themes))].map((th) => t(`content:theme.${th}`))
      : []
  return {
    names: names.join(' '),
    keywords: [...synonymsFor(documentText(doc)), ...themes].join(' '),
    // A full stop between titles: a phrase is not taken from the end of one and the start of the next.
    priorities:
      doc.type === 'Programme' || doc.type === 'Strategy'
        ? (doc.priorities ?? []).map((p) => p.title).join('. ')
        : '',
    era: documentEra(doc),
  }
}
