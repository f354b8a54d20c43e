import { HeadedSection } from '@/components/layout/HeadedSection'
import { getProgrammes } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate, isoDay } from '@/lib/i18n/format'
import { CalendarSubscribe } from '@/components/programme/CalendarSubscribe'

/**
 * Application rounds whose deadline has not passed (as of the build), soonest first;
 * then what is known of rounds without published dates, and the calendar to subscribe to.
 */
export function UpcomingDeadlines({ lang, today = new Date() }: { lang: Lang; today?: Date }) {
  const t = getT(lang)
  const programmes = getProgrammes(lang)
  const rounds = programmes
    .flatMap((p) => (p.rounds ?? []).map((r) => ({ ...r, programme: p })))
    .filter((r) => isoDay(r.deadline) >= isoDay(today))
    .sort((a, b) => a.deadline.localeCompare(b.deadline))
  const rhythms = programmes.filter(
    (p) => p.status !== 'discontinued' && p.roundsNote && (p.rounds ?? []).length === 0,
  )
  return (
    <HeadedSection id="deadlines" heading={t('home.deadlines')} className="mt-10" data-deadlines>
      {rounds.length === 0 ? (
        <p className="mt-3">{t('home.noDeadlines')}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {rounds.map((r) => (
            <li key={`${r.programme.id}-${r.deadline}`}>
              <a href={r.programme.href} className="text-brand-700 underline">
                {r.programme.shortName}: {r.title}
              </a>{' '}
              – <time dateTime={isoDay(r.deadline)}>{formatDate(lang, r.deadline)}</time>
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
      <CalendarSubscribe lang={lang} />
    </HeadedSection>
  )
}
