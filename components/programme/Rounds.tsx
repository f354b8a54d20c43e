import { WebLink } from '@/components/content/WebLink'
import type { Localized, Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { formatDate, formatList, formatMonthDay, isoDay } from '@/lib/i18n/format'
import { takesApplications } from '@/lib/programmes/applications'
import { hasCalendar } from '@/lib/programmes/calendar'
import { nextDeadline } from '@/lib/programmes/rounds'
import { CalendarSubscribe } from './CalendarSubscribe'
import { NextDeadline } from './NextDeadline'
import { SourceLink } from './SourceLink'

/**
 * Application rounds: the dated rounds from the content, or what is known of their
 * rhythm ("two rounds a year") without dates no source gives (saying so), deadlines a
 * source gives as the same every year (with the next one and that source), and the
 * calendar to subscribe to, when it holds an event.
 */
export function Rounds({
  programme,
  calendar = true,
}: {
  programme: Localized<Programme>
  calendar?: boolean
}) {
  const lang = programme.pageLang
  const t = getT(lang)
  const rounds = programme.rounds ?? []
  const closed = !takesApplications(programme.status)
  const recurring = programme.recurringRounds ?? []
  const next = nextDeadline({ recurringRounds: recurring, period: programme.period })
  return (
    <div data-rounds>
      {rounds.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-1 pr-4">
                  {t('programme:roundTitle')}{' '}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t('programme:roundOpens')}{' '}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t('programme:roundDeadline')}{' '}
                </th>
                <th scope="col" className="py-1">
                  {t('programme:roundLink')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={`${r.title}-${r.deadline}`} className="border-b border-gray-200">
                  <td className="py-1 pr-4">{r.title}</td>
                  <td className="py-1 pr-4">
                    {r.opens ? (
                      <time dateTime={isoDay(r.opens)}>{formatDate(lang, r.opens)}</time>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td className="py-1 pr-4">
                    <time dateTime={isoDay(r.deadline)}>{formatDate(lang, r.deadline)}</time>
                  </td>
                  <td className="py-1">
                    <a href={r.url} className="text-brand-700 underline">
                      {t('programme:roundLink')}
                      <span className="sr-only">: {r.title}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {closed ? (
        <p>{t('programme:noRoundsClosed')}</p>
      ) : (
        <>
          {recurring.length > 0 && (
            <ul className="mb-2 space-y-1" data-recurring-rounds>
              {recurring.map((r) => (
                <li key={r.title}>
                  <span lang={programme.fallback ? programme.lang : undefined}>
                    {t('facts:recurring.every', {
                      title: r.title,
                      dates: formatList(
                        lang,
                        r.deadlines.map((d) => formatMonthDay(lang, d)),
                      ),
                    })}
                  </span>
                  <SourceLink
                    lang={lang}
                    href={r.source}
                    about={r.title}
                    sources={programme.sources}
                  />
                  .
                </li>
              ))}
              {next && (
                <li>
                  <strong>{t('programme:finder.nextDeadline')}:</strong>{' '}
                  <NextDeadline lang={lang} programme={programme} next={next} />
                </li>
              )}
            </ul>
          )}
          {programme.roundsNote && (
            <p>
              {programme.roundsNote}
              {programme.roundsSource && (
                <SourceLink
                  lang={lang}
                  href={programme.roundsSource}
                  about={`${t('programme:roundsHeading')}, ${programme.shortName}`}
                  sources={programme.sources}
                />
              )}
            </p>
          )}
          {rounds.length === 0 && recurring.length === 0 && (
            <p className="mt-1" data-no-dates={programme.roundsNote ? 'pattern' : 'none'}>
              {/* A source gives a pattern ("twice a year") but no dates: the page says so. */}
              {programme.roundsNote
                ? t('programme:subscribe.noDates')
                : t('programme:noRoundDates')}{' '}
              <WebLink href={programme.website} className="break-words" />
            </p>
          )}
          {calendar && hasCalendar(lang, programme) && (
            <CalendarSubscribe
              lang={lang}
              programmeId={programme.id}
              programme={programme.shortName}
            />
          )}
        </>
      )}
    </div>
  )
}
