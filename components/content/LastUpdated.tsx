import type { ChangeNote } from '@/lib/content/changes'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate, isoDay } from '@/lib/i18n/format'

/**
 * When the text last changed (from its history, lib/content/history.ts) and when a person
 * last compared it with its sources (`checked`): two different claims, each from the data.
 * Beside them, what last changed: the newest change note, if the document has one
 * (the whole list is under the content, #changes).
 */
export function LastUpdated({
  lang,
  date,
  checked,
  latest,
  contentLang,
}: {
  lang: Lang
  date: string
  checked: string
  latest?: ChangeNote
  contentLang?: string
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
      {latest && (
        <span data-latest-change>
          <a href="#changes" className="text-brand-700 underline">
            {t('changes:latest')}
          </a>
          : <time dateTime={latest.date}>{formatDate(lang, latest.date)}</time>,{' '}
          <span lang={contentLang}>{latest.note}</span>
        </span>
      )}
    </p>
  )
}
