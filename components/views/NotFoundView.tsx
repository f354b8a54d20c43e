import { getT, type Lang } from '@/lib/i18n'
import { homeHref, sectionHref } from '@/lib/routes'

export function NotFoundView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold text-brand-900">{t('notFound.title')}</h1>
      <p className="mb-4 text-lg">{t('notFound.text')}</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a href={homeHref(lang)} className="text-brand-700 underline">
            {t('notFound.goHome')}
          </a>
        </li>
        <li>
          <a href={sectionHref(lang, 'search')} className="text-brand-700 underline">
            {t('nav.search')}
          </a>
        </li>
      </ul>
    </>
  )
}
