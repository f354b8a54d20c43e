import { SearchField } from '@/components/layout/SearchField'
import { getDocuments } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { messagesAttribute } from '@/lib/page-script/messages'
import { searchMessages } from '@/lib/search/messages'
import { sectionHref } from '@/lib/routes'
import { isDocumentSection, LIST_SECTIONS, typeOfSection } from '@/lib/sections'

/**
 * The search page. The HTML works without JavaScript: it says that search needs it and
 * lists every page of the site by section, so the header's search field (a plain form that
 * leads here) always arrives somewhere useful. /js/search.js (components/search/search.script.ts, the only
 * script that loads Pagefind) shows the form, hides the explanation, searches for ?q= and
 * renders the results. The texts the script needs travel in data-messages, so every
 * string still comes from the locales.
 */
export function SearchView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <div id="search" data-pagefind-ignore="all" {...messagesAttribute(searchMessages(lang))}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t('nav.search')}</h1>
      <p className="mb-6 text-lg text-gray-800">{t('search:intro')}</p>
      <SearchField lang={lang} variant="page" />
      {/* Filled by the script (the page ships no React, so nothing compares it with the server's HTML). */}
      <p id="search-status" role="status" aria-live="polite" className="mb-2 font-bold" />
      {/* Filled by the script when a search finds little: "did you mean" and the other language's results. */}
      <div id="search-more" aria-live="polite" />
      <ol id="search-results" aria-label={t('search:results')} className="mb-6" />
      <div id="search-lists">
        <div id="search-noscript">
          <h2 className="text-xl font-bold">{t('search:noScript.title')}</h2>
          <p className="mt-1">{t('everywhere:search.noJsIntro')}</p>
        </div>
        {/* Every page by section: when search cannot run (no JavaScript, or the index fails to load). */}
        {LIST_SECTIONS.map((s) => (
          <section key={s} aria-labelledby={`search-list-${s}`} className="mt-4">
            <h3 id={`search-list-${s}`} className="text-lg font-bold">
              <a href={sectionHref(lang, s)} className="text-brand-700 underline">
                {t(`nav.${s}`)}
              </a>
            </h3>
            {isDocumentSection(s) && (
              <ul className="mt-1 list-disc pl-5">
                {getDocuments(typeOfSection(s), lang).map((d) => (
                  <li key={d.id}>
                    <a
                      href={d.href}
                      className="text-brand-700 underline"
                      lang={d.fallback ? d.lang : undefined}
                    >
                      {d.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <script src="/js/search.js" defer />
    </div>
  )
}
