import { feedHref, feedLabel, type FeedRef } from '@/lib/changes/feeds'
import { getT, type Lang } from '@/lib/i18n'

/**
 * "Follow changes": the page's Atom feeds as visible links (the same ones its <head> names),
 * with a line on what to do with them.
 */
export function FollowChanges({ lang, feeds }: { lang: Lang; feeds: readonly FeedRef[] }) {
  const t = getT(lang)
  return (
    <div className="no-print mt-4 text-sm text-gray-800" data-follow-changes="">
      <p className="font-semibold">{t('changes:follow')}:</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {feeds.map((ref) => (
          <li key={feedHref(lang, ref)}>
            <a
              href={feedHref(lang, ref)}
              type="application/atom+xml"
              className="text-brand-700 underline"
            >
              {feedLabel(lang, ref)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1">{t('changes:followHelp')}</p>
    </div>
  )
}
