import { getT, type Lang } from '@/lib/i18n'
import { formatDate, isoDay } from '@/lib/i18n/format'

/**
 * When the text last changed (from its history, lib/content/history.ts) and when a person
 * last compared it with its sources (`checked`): two different claims, each from the data.
 */
export function LastUpdated({ lang, date, checked }: { lang: Lang; date: string; checked: string }) {
  const t = getT(lang)
  return (
    <p className="mt-4 text-sm text-gray-700">
      {t('updated')}: <time dateTime={date} data-last-updated>{formatDate(lang, date)}</time>
      {' · '}
      {t('dates:checked')}: <time dateTime={isoDay(checked)} data-checked>{formatDate(lang, checked)}</time>
    </p>
  )
}
