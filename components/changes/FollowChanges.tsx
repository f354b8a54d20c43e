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
      <p>
        <span className="font-semibold">{t('changes:follow')}:</span>{' '}
        {feeds.map((ref, i) => (
          <span key={feedHref(lang, ref)}>
            {i > 0 && ' · '}
            <a
              href={feedHref(lang, ref)}
              type="application/atom+xml"
              className="text-brand-700 underline"
            >
              {feedLabel(lang, ref)}
            </a>
          </span>
        ))}
      </p>
      <p className="mt-1">{t('changes:followHelp')}</p>
    </div>
  )
}
