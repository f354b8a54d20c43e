import { FinderForm } from '@/components/finder/FinderForm'
import { FinderResult } from '@/components/finder/FinderResult'
import { NextStep } from '@/components/finder/NextStep'
import { CountyChoiceMap } from '@/components/maps/CountyChoiceMap'
import { getProgrammes } from '@/lib/content'
import { PROGRAMME_STRANDS } from '@/lib/content/model'
import { getT, type Lang } from '@/lib/i18n'
import { formatList } from '@/lib/i18n/format'
import { messagesAttribute } from '@/lib/page-script/messages'
import { finderMessages } from '@/lib/programmes/finder-messages'

/**
 * The programme finder: a compact GET form, right after it the result count and a link
 * to skip to the results, then every programme as a card (who, why it fits, whom to
 * contact, next deadline). The full list is in the HTML; /js/finder.js narrows it, keeps
 * the filters in the URL and announces the count in the live region (the script is
 * components/finder/finder.script.ts, which imports the matching rule from lib/programmes/finder.ts). When nothing fits,
 * the next step (whom to ask) shows instead. How the page works without JavaScript is
 * said last, where it does not push the results down.
 */
export function FinderView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  // Cross-border programmes first, then transnational, interregional and other (each by
  // title): the more a programme depends on where you are, the sooner it is listed.
  const programmes = [...getProgrammes(lang)].sort(
    (a, b) => PROGRAMME_STRANDS.indexOf(a.strand) - PROGRAMME_STRANDS.indexOf(b.strand),
  )
  const discontinued = programmes.filter((p) => p.status === 'discontinued')
  // Every text the script can show, worded here so the script holds no translations.
  const messages = finderMessages(lang, programmes.length)
  return (
    <div id="finder" data-pagefind-ignore="all" {...messagesAttribute(messages)}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t('nav.finder')}</h1>
      <p className="mb-3 max-w-3xl text-gray-800 sm:mb-4 sm:text-lg">
        {t('programme:finder.intro')}
      </p>
      <p
        id="finder-unknown"
        className="mb-3 border-l-4 border-amber-800 bg-amber-100 p-2 text-amber-950"
        hidden
      />
      {/* The chosen county on a small map beside the form; finder.js moves the mark. */}
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <FinderForm lang={lang} />
        </div>
        <CountyChoiceMap className="w-24 shrink-0 sm:w-36" />
      </div>
      <div className="mt-2 flex flex-wrap items-baseline gap-x-4 sm:mt-3">
        {/* The count of all programmes; finder.js rewrites it as the filters change. */}
        <p id="finder-status" role="status" aria-live="polite" className="font-bold sm:text-lg">
          {messages.all}
        </p>
        <a href="#finder-results" className="text-brand-700 underline" data-skip-results>
          {t('programme:finder.skipToResults')}
        </a>
      </div>
      <NextStep lang={lang} />
      <ul
        id="finder-results"
        aria-label={t('programme:finder.resultsLabel')}
        className="mt-4 space-y-6"
        tabIndex={-1}
      >
        {programmes.map((p) => (
          <FinderResult key={p.id} programme={p} />
        ))}
      </ul>
      {discontinued.length > 0 && (
        <p id="finder-discontinued" className="mt-4 text-gray-800" hidden>
          {t('programme:finder.discontinuedHidden', {
            programmes: formatList(
              lang,
              discontinued.map((p) => p.shortName),
            ),
          })}
        </p>
      )}
      <p className="mt-8 border-t border-gray-300 pt-3 text-sm text-gray-800">
        {t('programme:finder.noJs')}
      </p>
      <script src="/js/finder.js" defer />
    </div>
  )
}
