import { getT, type Lang } from '@/lib/i18n'

/** The search page (built out in the site search issue). */
export function SearchView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return <h1 className="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t('nav.search')}</h1>
}
