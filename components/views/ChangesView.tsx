import { DocLink } from '@/components/content/DocLink'
import { FollowChanges } from '@/components/changes/FollowChanges'
import { allFeeds } from '@/lib/changes/feeds'
import { getCountiesByIds } from '@/lib/content'
import { siteChanges } from '@/lib/content/changes'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate, formatList } from '@/lib/i18n/format'

/**
 * What's new: every change note of every document and every new document, newest first,
 * each with the document (a link to its page), its type and its county councils; and every
 * feed of the language, so a reader can follow what concerns them.
 */
export function ChangesView({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const changes = siteChanges(lang)
  return (
    <>
      <p className="mb-4 text-lg text-gray-800">{t('changes:intro')}</p>
      <FollowChanges lang={lang} feeds={allFeeds(lang)} />
      {changes.length === 0 ? (
        <p className="mt-6">{t('changes:none')}</p>
      ) : (
        <ol className="mt-6" data-changes="">
          {changes.map((c) => {
            const counties = getCountiesByIds(lang, c.counties).map((d) => d.title)
            const textLang = c.doc.fallback ? c.doc.lang : undefined
            return (
              <li
                key={`${c.doc.type}/${c.doc.id}/${c.key}`}
                className="border-b border-gray-300 py-4"
                data-change-kind={c.kind}
              >
                <p className="flex flex-wrap gap-x-3 text-sm text-gray-700">
                  <time dateTime={c.date} className="font-semibold">
                    {formatDate(lang, c.date)}
                  </time>
                  <span>{t(`content:type.${c.doc.type}`)}</span>
                  {counties.length > 0 && <span>{formatList(lang, counties)}</span>}
                </p>
                <h2 className="mt-1 text-xl font-bold">
                  {c.kind === 'new' && <span>{t('changes:new')}: </span>}
                  <DocLink doc={c.doc} />
                </h2>
                <p className="mt-1" lang={textLang}>
                  {c.kind === 'note' ? c.note : c.doc.description}
                </p>
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
