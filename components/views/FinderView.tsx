import { FinderForm } from '@/components/finder/FinderForm'
import { FinderResult } from '@/components/finder/FinderResult'
import { NextStep } from '@/components/finder/NextStep'
import { CountyChoiceMap } from '@/components/maps/CountyChoiceMap'
import { getProgrammes } from '@/lib/content'
import { PROGRAMME_STRANDS } from '@/lib/content/model'
import { getT, type Lang } from '@/lib/i18n'
import { messagesAttribute } from '@/lib/page-script/messages'
import { notTakingApplications, offeredProgrammes } from '@/lib/programmes/applications'
import { fittingProgrammes, hasFilters, type FinderFilters } from '@/lib/programmes/finder'
import { finderMessages } from '@/lib/programmes/finder-messages'

/**
 * The programme finder: a compact GET form, right after it the result count and a link
 * to skip to the results, then every programme as a card (who, why it fits, whom to
 * contact, next deadline). The full list is in the HTML; /js/finder.js narrows it, keeps
 * the filters in the URL and announces the count in the live region (the script is
 * components/finder/finder.script.ts, which imports the matching rule from lib/programmes/finder.ts). When nothing fits,
 * the next step (whom to ask) shows instead. How the page works without JavaScript is
 * said last, where it does not push the results down.
 *
 * With `filters` it is an answer page (lib/programmes/finder-answers.ts): the page as the
 * script leaves it for that choice (form, count, cards, marks, next step), written in the
 * HTML, so it works without JavaScript; the script takes over from there.
 */
export function FinderView({ lang, filters = {} }: { lang: Lang; filters?: FinderFilters }) {
  const t = getT(lang)
  // Cross-border programmes first, then transnational, interregional and other (each by
  // title): the more a programme depends on where you are, the sooner it is listed.
  const sorted = [...getProgrammes(lang)].sort(
    (a, b) => PROGRAMME_STRANDS.indexOf(a.strand) - PROGRAMME_STRANDS.indexOf(b.strand),
  )
  // Only programmes that take applications are results; the others are named apart, below.
  const programmes = offeredProgrammes(sorted)
  const others = notTakingApplications(sorted)
  // Every text the script can show, worded here so the script holds no translations.
  const messages = finderMessages(lang, programmes.length)
  const filtering = hasFilters(filters)
  const shown = fittingProgrammes(programmes, filters).length
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
          <FinderForm lang={lang} filters={filters} />
        </div>
        <CountyChoiceMap className="w-24 shrink-0 sm:w-36" selected={filters.region} />
      </div>
      <div className="mt-2 flex flex-wrap items-baseline gap-x-4 sm:mt-3">
        {/* The count of all programmes; finder.js rewrites it as the filters change. */}
        <p id="finder-status" role="status" aria-live="polite" className="font-bold sm:text-lg">
          {filtering ? messages[String(shown)] : messages.all}
        </p>
        <a
          href={filtering && shown === 0 ? '#finder-none' : '#finder-results'}
          className="text-brand-700 underline"
          data-skip-results
        >
          {t('programme:finder.skipToResults')}
        </a>
      </div>
      <NextStep lang={lang} shown={filtering && shown === 0} region={filters.region} />
      {/* The contents list of the results goes here (scripts/page-contents.ts). */}
      <div data-page-contents-here hidden />
      <ul
        id="finder-results"
        aria-label={t('programme:finder.resultsLabel')}
        className="mt-4 space-y-6"
        tabIndex={-1}
      >
        {programmes.map((p) => (
          <FinderResult key={p.id} programme={p} filters={filters} />
        ))}
      </ul>
      {others.length > 0 && (
        <section aria-labelledby="finder-not-taking" className="mt-8" data-not-taking>
          <h2 id="finder-not-taking" className="text-xl font-bold">
            {t('facts:notTaking.heading')}
          </h2>
          <p className="mt-1 text-gray-800">{t('facts:notTaking.finder')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {others.map((p) => (
              <li key={p.id} data-programme-not-taking={p.id}>
                <a href={p.href} className="text-brand-700 underline">
                  {p.title}
                </a>{' '}
                ({t(`content:programmeStatus.${p.status}`)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 border-t border-gray-300 pt-3 text-sm text-gray-800">
        {t('programme:finder.noJs')}
      </p>
      <script src="/js/finder.js" defer />
    </div>
  )
}
