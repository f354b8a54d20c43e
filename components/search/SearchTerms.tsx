import type { Localized } from '@/lib/content'
import { documentSearchTerms } from '@/lib/search/document-terms'

/**
 * Hidden search metadata of a document page (lib/search/document-terms.ts): its other
 * names and keywords as Pagefind metadata, which Pagefind searches but never shows in an
 * excerpt, and its era as a filter the search page ranks by. Renders an empty, hidden
 * element: nothing for a reader or a screen reader.
 */
export function SearchTerms({
  doc,
  textLang,
}: {
  doc: Localized
  /** On a fallback page: the name of the language of its text, shown beside the result. */
  textLang?: string
}) {
  const { names, keywords, priorities, era } = documentSearchTerms(doc)
  const meta = [
    textLang && 'textlang[data-textlang]',
    names && 'names[data-names]',
    keywords && 'keywords[data-keywords]',
    priorities && 'priorities[data-priorities]',
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <span
      hidden
      data-pagefind-meta={meta || undefined}
      data-names={names || undefined}
      data-keywords={keywords || undefined}
      data-priorities={priorities || undefined}
      data-textlang={textLang}
      data-pagefind-filter={`era:${era}`}
    />
  )
}
