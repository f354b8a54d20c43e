import { getT, type Lang } from '@/lib/i18n'
import { formatDate, isoDate } from '@/lib/i18n/format'

/** "Sist oppdatert" / "Last updated": the document's date, as a day in Oslo. */
export function LastUpdated({ lang, date }: { lang: Lang; date: string }) {
  const t = getT(lang)
  return (
    <p className="mt-4 text-sm text-gray-700">
      {t('updated')}: <time dateTime={isoDate(date)}>{formatDate(lang, date)}</time>
    </p>
  )
}
