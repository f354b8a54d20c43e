import { HeadedSection } from '@/components/layout/HeadedSection'
import { CalendarSubscribe } from '@/components/programme/CalendarSubscribe'
import { NextDeadline } from '@/components/programme/NextDeadline'
import { getProgrammes } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { offeredProgrammes } from '@/lib/programmes/applications'
import { hasCalendar } from '@/lib/programmes/calendar'
import { upcomingDeadlines } from '@/lib/programmes/rounds'

/**
 * Deadlines that have not passed (as of the build), soonest first: dated rounds, and the
 * next date of each yearly deadline a source gives (with that source and "check the
 * call"); then what is known of rounds without dates, and the calendar to subscribe to,
 * when any programme's calendar holds an event. Only programmes that take applications.
 */
export function UpcomingDeadlines({ lang, today = new Date() }: { lang: Lang; today?: Date }) {
  const t = getT(lang)
  const programmes = offeredProgrammes(getProgrammes(lang))
  const deadlines = programmes
    .flatMap((p) => upcomingDeadlines(p, today).map((next) => ({ next, programme: p })))
    .sort((a, b) => a.next.date.localeCompare(b.next.date))
  const rhythms = programmes.filter(
    (p) => p.roundsNote && (p.rounds ?? []).length === 0 && (p.recurringRounds ?? []).length === 0,
  )
  return (
    <HeadedSection id="deadlines" heading={t('home.deadlines')} className="mt-10" data-deadlines>
      {deadlines.length === 0 ? (
        <p className="mt-3">{t('home.noDeadlines')}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {deadlines.map(({ next, programme: p }) => (
            <li key={`${p.id}-${next.title}-${next.date}`}>
              <a href={`${p.href}#rounds`} className="text-brand-700 underline">
                {p.shortName}
              </a>
              : <NextDeadline lang={lang} programme={p} next={next} />
            </li>
          ))}
        </ul>
      )}
      {rhythms.length > 0 && (
        <>
          <h3 className="mt-4 font-bold">{t('programme:deadlines.knownRhythm')}</h3>
          <ul className="mt-2 space-y-1">
            {rhythms.map((p) => (
              <li key={p.id}>
                <a href={`${p.href}#rounds`} className="text-brand-700 underline">
                  {p.shortName}
                </a>
                : <span lang={p.fallback ? p.lang : undefined}>{p.roundsNote}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {programmes.some((p) => hasCalendar(lang, p)) && <CalendarSubscribe lang={lang} />}
    </HeadedSection>
  )
}
