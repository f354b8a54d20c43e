import { HeadedSection } from '@/components/layout/HeadedSection'
import { getT, type Lang } from '@/lib/i18n'

const isUrl = (s: string) => /^https:\/\//.test(s)

/** The public sources of a document: links where they are URLs, citations otherwise. */
/** contentLang: the language the citations are written in, when it is not the page's (a fallback). */
export function Sources({ lang, sources, contentLang }: { lang: Lang; sources: readonly string[]; contentLang?: string }) {
  const t = getT(lang)
  return (
    <HeadedSection id="sources-heading" heading={t('sources')} headingClassName="mb-2 text-base font-bold" className="mt-10 border-t border-gray-300 pt-4 text-sm">
      <ul lang={contentLang} className="list-disc space-y-1 pl-5">
        {sources.map((s) => (
          <li key={s} className="break-words">
            {isUrl(s) ? (
              <a href={s} className="text-brand-700 underline">
                {s.replace(/^https:\/\/(www\.)?/, '')}
              </a>
            ) : (
              s
            )}
          </li>
        ))}
      </ul>
    </HeadedSection>
  )
}
