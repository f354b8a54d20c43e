import { HeadedSection } from '@/components/layout/HeadedSection'
import { DocLink } from '@/components/content/DocLink'
import {
  getCounties,
  getCountyById,
  getDocuments,
  getStrategies,
  strategyStatus,
} from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatPeriod } from '@/lib/i18n/format'
import { sectionHref } from '@/lib/routes'
import { HOME_SECTIONS, typeOfSection } from '@/lib/sections'
import { UpcomingDeadlines } from './UpcomingDeadlines'

export function HomeView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const current = getStrategies(lang).filter(
    (s) => strategyStatus(s.period, getCountyById(lang, s.county)?.dissolved) === 'current',
  )
  // County councils: those of today, and those that were dissolved, counted apart.
  const dissolved = getCounties(lang).filter((c) => c.dissolved !== undefined).length
  const countText = (section: (typeof HOME_SECTIONS)[number], count: number) =>
    section === 'counties'
      ? [
          t('counties:count.living', { count: count - dissolved }),
          dissolved > 0 && t('counties:count.dissolved', { count: dissolved }),
        ]
          .filter(Boolean)
          .join(' ')
      : t(`count.${section}`, { count })
  const entries = HOME_SECTIONS.map((section) => ({
    section,
    count: getDocuments(typeOfSection(section), lang).length,
  }))
  return (
    <>
      <h1 className="mb-3 text-[1.75rem] leading-tight font-bold break-words text-brand-900 sm:text-4xl">
        {t('home.title')}
      </h1>
      <p className="max-w-3xl text-lg text-gray-800">{t('home.intro')}</p>
      <p className="mt-4">
        <a
          href={sectionHref(lang, 'finder')}
          className="inline-block rounded bg-brand-700 px-4 py-3 font-bold text-white underline-offset-4 hover:underline"
        >
          {t('nav.finder')}
        </a>
      </p>

      <HeadedSection
        id="current-strategies"
        heading={t('home.currentStrategies')}
        className="mt-10"
      >
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {current.map((s) => (
            <li key={s.id} className="border-l-4 border-brand-600 bg-brand-50 p-4">
              <h3 className="text-lg font-bold">
                <DocLink doc={s} />
              </h3>
              <p className="mt-1 text-gray-800">
                {getCountyById(lang, s.county)?.title} · {formatPeriod(s.period)}
              </p>
              <p className="mt-1 text-sm" lang={s.fallback ? s.lang : undefined}>
                {s.description}
              </p>
            </li>
          ))}
        </ul>
      </HeadedSection>

      <HeadedSection id="explore" heading={t('home.explore')} className="mt-10">
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {entries.map(({ section, count }) => (
            <li key={section} className="rounded border border-gray-300 p-4">
              <h3 className="text-lg font-bold">
                <a href={sectionHref(lang, section)} className="text-brand-700 underline">
                  {t(`nav.${section}`)}
                </a>
              </h3>
              <p className="text-gray-800">{countText(section, count)}</p>
              <p className="mt-1 text-sm">{t(`sectionIntro.${section}`)}</p>
            </li>
          ))}
        </ul>
      </HeadedSection>

      <UpcomingDeadlines lang={lang} />
    </>
  )
}
