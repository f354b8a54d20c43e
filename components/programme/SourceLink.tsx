import { According } from '@/components/content/According'
import { publishedOf, readOf, type SourceEntry } from '@/lib/content/sources'
import { getT, type Lang } from '@/lib/i18n'

/**
 * A short source link after a fact; screen readers hear which fact it is for. When the
 * document lists the source with the date it gives for itself, the fact is said as of
 * then: "(ifølge nfk.no, mars 2025)"; one it gives no date but was read on a known day, as
 * of that day; otherwise "(kilde)".
 */
export function SourceLink({
  lang,
  href,
  about,
  sources,
}: {
  lang: Lang
  href: string
  about: string
  sources?: readonly SourceEntry[]
}) {
  const t = getT(lang)
  const published = publishedOf(sources, href)
  const read = readOf(sources, href)
  return (
    <>
      {' '}
      (
      {published || read ? (
        <According lang={lang} url={href} published={published} read={read} about={about} />
      ) : (
        <a href={href} className="text-brand-700 underline" data-source>
          {t('programme:source')}
          <span className="sr-only">: {about}</span>
        </a>
      )}
      )
    </>
  )
}
