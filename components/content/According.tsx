import { getT, type Lang } from '@/lib/i18n'
import { formatDate, formatPartialDate, isoDay } from '@/lib/i18n/format'
import { sourceName } from '@/lib/content/sources'

/**
 * "ifølge interreg.no, mars 2022" / "according to interreg.no, March 2022": a fact as of the
 * date its source gives for itself, so a page never implies that an old page speaks of
 * today. A source that gives no date but was read on a known day (`read`): "ifølge
 * innlandetfylke.no, udatert side lest 6. desember 2026". With neither: "ifølge
 * interreg.no, som ikke oppgir dato".
 * start: at the start of a sentence (capital). link: the source's name links to it.
 * about: for screen readers, which fact the link is for, when the link is read alone.
 */
export function According({
  lang,
  url,
  published,
  read,
  start = false,
  link = true,
  about,
}: {
  lang: Lang
  url: string
  published?: string
  /** The day the source was read, shown when it gives no date of its own. */
  read?: string
  start?: boolean
  link?: boolean
  about?: string
}) {
  const t = getT(lang)
  const name = sourceName(url)
  const isUrl = /^https:\/\//.test(url)
  return (
    <span
      data-according={published ?? 'undated'}
      data-read={read && !published ? isoDay(read) : undefined}
    >
      {t(start ? 'dates:accordingToStart' : 'dates:accordingTo')}{' '}
      {link && isUrl ? (
        <a href={url} className="text-brand-700 underline" data-source>
          {name}
          {about && <span className="sr-only"> ({about})</span>}
        </a>
      ) : (
        name
      )}
      {', '}
      {published ? (
        <time dateTime={published}>{formatPartialDate(lang, published)}</time>
      ) : read ? (
        <>
          {t('facts:readOn')} <time dateTime={isoDay(read)}>{formatDate(lang, read)}</time>
        </>
      ) : (
        t('dates:noDate')
      )}
    </span>
  )
}
