import { getT, type Lang } from '@/lib/i18n'

/** Shown when the page's language has no translation yet and the other language is shown. */
export function FallbackNotice({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <div role="note" className="mb-6 border-l-8 border-brand-600 bg-brand-50 p-4">
      <p className="font-bold">{t('fallback.title')}</p>
      <p>{t('fallback.notice')}</p>
    </div>
  )
}
