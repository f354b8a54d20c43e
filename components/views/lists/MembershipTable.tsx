import { DocLink } from '@/components/content/DocLink'
import { getCounties, getNetworks } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'

/**
 * Which county council takes part in which network, from the networks' members: a table
 * with a caption, a header row of networks and a header cell per county. It is wider than
 * a phone, so it scrolls sideways in a named, focusable region (WCAG 1.4.10 allows a
 * table to scroll in two dimensions), with the counties' column kept in view. `relative`
 * keeps the visually hidden words of its cells inside it too: without it they are placed
 * against the page, and widen it on a phone.
 */
export function MembershipTable({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const networks = getNetworks(lang)
  const counties = getCounties(lang).filter((c) =>
    networks.some((n) => n.members.some((m) => m.county === c.id)),
  )
  if (counties.length === 0) return null
  const sticky = 'sticky left-0 bg-white'
  return (
    <div
      role="region"
      aria-label={t('counties:table.scrollLabel')}
      tabIndex={0}
      className="relative mt-8 max-w-full overflow-x-auto border border-gray-300"
      data-membership-table
    >
      {/* Words wrap between words here (the page lets long words break anywhere, which would
          squeeze the counties' column to a letter a line); the caption wraps within the screen. */}
      <table className="min-w-full border-collapse text-sm [overflow-wrap:normal]">
        <caption className="max-w-[calc(100vw-2.5rem)] p-2 text-left text-lg font-bold">
          {t('counties:table.caption')}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-600 align-bottom">
            <th scope="col" className={`${sticky} min-w-40 p-2 text-left`}>
              {t('counties:table.county')}
            </th>
            {networks.map((n) => (
              <th key={n.id} scope="col" className="min-w-24 p-2 text-left font-bold">
                <a
                  href={n.href}
                  lang={n.fallback ? n.lang : undefined}
                  className="text-brand-700 underline"
                >
                  {n.shortName ?? n.title}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counties.map((c) => (
            <tr key={c.id} className="border-b border-gray-300 align-top">
              <th scope="row" className={`${sticky} min-w-40 p-2 text-left font-normal`}>
                <DocLink doc={c} />
              </th>
              {networks.map((n) => {
                const membership = n.members.find((m) => m.county === c.id)
                return (
                  <td key={n.id} className="p-2" data-member={membership ? '' : undefined}>
                    {membership ? (
                      <span lang={n.fallback ? n.lang : undefined}>
                        <span aria-hidden="true">✓ </span>
                        {membership.role ?? t('counties:table.member')}
                      </span>
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t('counties:table.notMember')}</span>
                      </>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
