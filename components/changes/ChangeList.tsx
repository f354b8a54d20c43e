import { HeadedSection } from '@/components/layout/HeadedSection'
import type { ChangeNote } from '@/lib/content/changes'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/format'

/**
 * A document's change notes, newest first, under its content: the day and the editor's
 * sentence. contentLang: the language the notes are written in, when it is not the page's.
 */
export function ChangeList({
  lang,
  notes,
  contentLang,
}: {
  lang: Lang
  notes: readonly ChangeNote[]
  contentLang?: string
}) {
  if (notes.length === 0) return null
  const t = getT(lang)
  return (
    <HeadedSection
      id="changes"
      heading={t('changes:heading')}
      headingClassName="mb-2 text-base font-bold"
      className="mt-10 border-t border-gray-300 pt-4 text-sm"
      data-change-list=""
    >
      <ol className="space-y-2">
        {notes.map((n) => (
          <li key={n.key} data-change={n.key}>
            <time dateTime={n.date} className="font-semibold">
              {formatDate(lang, n.date)}
            </time>
            : <span lang={contentLang}>{n.note}</span>
          </li>
        ))}
      </ol>
    </HeadedSection>
  )
}
