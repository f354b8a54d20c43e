import { getT, type Lang } from '@/lib/i18n'
import { formatDate, isoDay } from '@/lib/i18n/format'

export function LastUpdated({ lang, date }: { lang: Lang; date: string }) {
  const t = getT(lang)
  return (
    <p className="mt-4 text-sm text-gray-700">
      {t('updated')}: <time dateTime={isoDay(date)}>{formatDate(lang, date)}</time>
    </p>
  )
}
