import { getProgrammes } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/format'

/** Application rounds whose deadline has not passed, soonest first. */
export function UpcomingDeadlines({ lang, today = new Date() }: { lang: Lang; today?: Date }) {
  const t = getT(lang)
  const rounds = getProgrammes(lang)
    .flatMap((p) => (p.rounds ?? []).map((r) => ({ ...r, programme: p })))
    .filter((r) => new Date(r.deadline) >= today)
    .sort((a, b) => a.deadline.localeCompare(b.deadline))
  return (
    <section aria-labelledby="deadlines" className="mt-10">
      <h2 id="deadlines" className="text-2xl font-bold">
        {t('home.deadlines')}
      </h2>
      {rounds.length === 0 ? (
        <p className="mt-3">{t('home.noDeadlines')}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {rounds.map((r) => (
            <li key={`${r.programme.id}-${r.deadline}`}>
              <a href={r.programme.href} className="text-brand-700 underline">
                {r.programme.shortName}: {r.title}
              </a>{' '}
              – <time dateTime={r.deadline.slice(0, 10)}>{formatDate(lang, r.deadline)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
