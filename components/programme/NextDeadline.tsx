import { According } from '@/components/content/According'
import type { Localized, Programme } from '@/lib/content'
import { publishedOf, readOf } from '@/lib/content/sources'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/format'
import type { NextDeadline as Next } from '@/lib/programmes/rounds'

/**
 * A programme's next deadline: "15. februar 2027 – Hovedprosjekter". One that comes from a
 * yearly deadline, not a call, says its source and asks the reader to check the call.
 */
export function NextDeadline({
  lang,
  programme: p,
  next,
}: {
  lang: Lang
  programme: Localized<Programme>
  next: Next
}) {
  const t = getT(lang)
  const title = next.title
  const date = <time dateTime={next.date}>{formatDate(lang, next.date)}</time>
  if (next.kind === 'dated')
    return (
      <span data-deadline="dated">
        {date} – <span lang={p.fallback ? p.lang : undefined}>{title}</span>
      </span>
    )
  return (
    <span data-deadline="recurring">
      {date} – <span lang={p.fallback ? p.lang : undefined}>{title}</span> (
      <According
        lang={lang}
        url={next.source}
        published={publishedOf(p.sources, next.source)}
        read={readOf(p.sources, next.source)}
        about={title}
      />
      ). {t('facts:recurring.checkCall')}
    </span>
  )
}
