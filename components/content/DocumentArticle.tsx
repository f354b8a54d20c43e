import type { ReactNode } from 'react'
import { lastUpdated, type Localized } from '@/lib/content'
import { changeNotes, countiesOf } from '@/lib/content/changes'
import { feedsOfDocument } from '@/lib/changes/feeds'
import { ChangeList } from '@/components/changes/ChangeList'
import { FollowChanges } from '@/components/changes/FollowChanges'
import { getT, sameLanguage } from '@/lib/i18n'
import { languageName } from '@/lib/i18n/format'
import { FallbackNotice } from './FallbackNotice'
import { LastUpdated } from './LastUpdated'
import { Prose } from './Prose'
import { SearchTerms } from '@/components/search/SearchTerms'
import { Sources } from './Sources'

/**
 * The frame of every document page: heading, fallback notice, the type's own facts
 * (children), the Markdown body, its change notes, sources, the last-updated and checked dates
 * with the newest note, and its feeds. On a fallback page the
 * content carries the language it is really written in.
 * Search: the article is what Pagefind indexes, with the kind of page as metadata and
 * the hidden names, keywords and era of components/search/SearchTerms.tsx. A fallback
 * page in the other written standard is indexed too, in its page's language (a Nynorsk
 * reader's search finds the pages /nn/ shows in Bokmål), with the language of its text as
 * metadata (`textlang`, in SearchTerms), which the search page names beside the result.
 * A page that shows a text in another language is not: the search page offers that
 * language's own results instead.
 */
export function DocumentArticle({
  doc,
  lead,
  children,
}: {
  doc: Localized
  lead?: ReactNode
  children?: ReactNode
}) {
  const lang = doc.pageLang
  const contentLang = doc.fallback ? doc.lang : undefined
  const kind = `kind:${getT(lang)(`content:type.${doc.type}`)}`
  const notes = changeNotes(doc)
  const searched = !doc.fallback || sameLanguage(lang, doc.lang)
  return (
    <article data-pagefind-body={searched ? '' : undefined} data-pagefind-meta={kind}>
      {doc.fallback && (
        <div data-pagefind-ignore="all">
          <FallbackNotice lang={lang} shown={doc.lang} />
        </div>
      )}
      <SearchTerms doc={doc} textLang={doc.fallback ? languageName(lang, doc.lang) : undefined} />
      <h1
        lang={contentLang}
        className="mb-2 text-3xl font-bold break-words text-brand-900 sm:text-4xl"
      >
        {doc.title}
      </h1>
      {lead}
      <p lang={contentLang} className="mt-3 text-lg text-gray-800">
        {doc.description}
      </p>
      {children}
      <div className="mt-8">
        <Prose html={doc.body.html} lang={contentLang} />
      </div>
      <ChangeList lang={lang} notes={notes} contentLang={contentLang} />
      <Sources lang={lang} sources={doc.sources} contentLang={contentLang} />
      <LastUpdated
        lang={lang}
        date={lastUpdated(doc)}
        checked={doc.checked}
        latest={notes[0]}
        contentLang={contentLang}
      />
      <FollowChanges lang={lang} feeds={feedsOfDocument(doc, countiesOf(doc))} />
    </article>
  )
}
