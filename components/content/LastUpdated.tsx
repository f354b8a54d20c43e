import { getT, type Lang } from '@/lib/i18n'
import { formatDate, isoDay } from '@/lib/i18n/format'

/**
 * When the text last changed (from its history, lib/content/history.ts) and when a person
 * last compared it with its sources (`checked`): two different claims, each from the data.
 */
export function LastUpdated({
  lang,
  date,
  checked,
}: {
  lang: Lang
  date: string
  checked: string
}) {
  const t = getT(lang)
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 text-sm text-gray-700">
      <span data-last-updated>
        {t('updated')}: <time dateTime={date}>{formatDate(lang, date)}</time>
      </span>{' '}
      <span data-checked>
        {t('dates:checked')}: <time dateTime={isoDay(checked)}>{formatDate(lang, checked)}</time>
      </span>
    </p>
  )
}
