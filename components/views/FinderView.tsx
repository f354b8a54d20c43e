import { getT, type Lang } from '@/lib/i18n'

/** The programme finder (built out in the programme contact finder issue). */
export function FinderView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return <h1 className="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t('nav.finder')}</h1>
}
