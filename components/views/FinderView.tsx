import { FinderForm } from '@/components/finder/FinderForm'
import { FinderResult } from '@/components/finder/FinderResult'
import { getProgrammes } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatList } from '@/lib/i18n/format'

/**
 * The programme finder: a GET form and every programme with its area, priorities,
 * rates, rounds and contacts. The full list is in the HTML; /js/finder.js narrows it,
 * keeps the filters in the URL and announces the count in the live region.
 */
export function FinderView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const programmes = getProgrammes(lang)
  const discontinued = programmes.filter((p) => p.status === 'discontinued')
  // Every count the page can announce, worded here so the script needs no translations.
  const messages: Record<string, string> = { all: t('programme:finder.countAll', { count: programmes.length }) }
  for (let n = 0; n <= programmes.length; n++) messages[n] = n === 0 ? t('programme:finder.countNone') : t('programme:finder.count', { count: n })
  return (
    <div data-pagefind-ignore="all">
      <h1 className="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t('nav.finder')}</h1>
      <p className="mb-6 max-w-3xl text-lg text-gray-800">{t('programme:finder.intro')}</p>
      <FinderForm lang={lang} />
      {/* finder.js may change this text before React hydrates the page: keep its text, not the server's. */}
      <p id="finder-status" role="status" aria-live="polite" className="mt-6 text-lg font-bold" data-messages={JSON.stringify(messages)} suppressHydrationWarning>
        {messages.all}
      </p>
      <ul id="finder-results" aria-label={t('programme:finder.resultsLabel')} className="mt-4 space-y-6">
        {programmes.map((p) => (
          <FinderResult key={p.id} programme={p} />
        ))}
      </ul>
      <p id="finder-none" className="mt-4" hidden>
        {t('programme:finder.none')}
      </p>
      {discontinued.length > 0 && (
        <p id="finder-discontinued" className="mt-4 text-gray-800" hidden>
          {t('programme:finder.discontinuedHidden', { programmes: formatList(lang, discontinued.map((p) => p.shortName)) })}
        </p>
      )}
      <script src="/js/finder.js" defer />
    </div>
  )
}
