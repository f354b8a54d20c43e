import { DocLink } from '@/components/content/DocLink'
import { HeadedSection } from '@/components/layout/HeadedSection'
import { networksOfCounty, type County, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { formatPartialDate } from '@/lib/i18n/format'

/** The networks the county council belongs to, each with its role and since when, from the networks' members. */
export function CountyMemberships({ county }: { county: Localized<County> }) {
  const lang = county.pageLang
  const t = getT(lang)
  const networks = networksOfCounty(lang, county.id)
  if (networks.length === 0) return null
  return (
    <HeadedSection id="memberships" heading={t('counties:memberships.heading')}>
      <ul className="mt-3 list-disc space-y-1 pl-5" data-county-memberships>
        {networks.map((network) => {
          const membership = network.members.find((m) => m.county === county.id)
          const contentLang = network.fallback ? network.lang : undefined
          return (
            <li key={network.id} data-network={network.id}>
              <DocLink doc={network} />
              {membership?.role && <span lang={contentLang}> – {membership.role}</span>}
              {membership?.since && (
                <span>
                  {' '}
                  (
                  {t('counties:memberships.since', {
                    since: formatPartialDate(lang, membership.since),
                  })}
                  )
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </HeadedSection>
  )
}
