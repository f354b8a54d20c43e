import { WebLink } from './WebLink'
import { HeadedSection } from '@/components/layout/HeadedSection'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate, formatPartialDate } from '@/lib/i18n/format'

const isUrl = (s: string) => /^https:\/\//.test(s)

export type SourceEntry = { url: string; published?: string; read?: string }

/**
 * The public sources of a document: links where they are URLs, citations otherwise, each
 * with the date the source gives for itself, so a reader can tell how old a fact may be.
 * contentLang: the language the citations are written in, when it is not the page's (a fallback).
 */
export function Sources({
  lang,
  sources,
  contentLang,
}: {
  lang: Lang
  sources: readonly SourceEntry[]
  contentLang?: string
}) {
  const t = getT(lang)
  return (
    <HeadedSection
      id="sources-heading"
      heading={t('sources')}
      headingClassName="mb-2 text-base font-bold"
      className="mt-10 border-t border-gray-300 pt-4 text-sm"
    >
      {/* Not searched: addresses and citations are no words of the page ("avtale" in a
          source's URL would make an English page a hit for a Norwegian word). */}
      <ul lang={contentLang} className="list-disc space-y-1 pl-5" data-pagefind-ignore="all">
        {sources.map((s) => (
          <li key={s.url} className="break-words">
            {isUrl(s.url) ? <WebLink href={s.url} /> : s.url}
            {s.published ? (
              <span lang={lang}>
                {' '}
                ({t('sourcePublished', { date: formatPartialDate(lang, s.published) })})
              </span>
            ) : (
              s.read && (
                <span lang={lang}>
                  {' '}
                  ({t('facts:sourceRead', { date: formatDate(lang, s.read) })})
                </span>
              )
            )}
          </li>
        ))}
      </ul>
    </HeadedSection>
  )
}
