import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { AGREEMENT_TONE } from '@/components/content/status-tones'
import { HeadedSection } from '@/components/layout/HeadedSection'
import { PartnerMap } from '@/components/maps/PartnerMap'
import { agreementsOfCounty, type County, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { countryName } from '@/lib/i18n/format'

/** The county council's partner regions (its agreements), with their status, and the partner map. */
export function CountyPartners({ county }: { county: Localized<County> }) {
  const lang = county.pageLang
  const t = getT(lang)
  const agreements = agreementsOfCounty(lang, county.id)
  if (agreements.length === 0) return null
  return (
    <HeadedSection id="partners" heading={t('counties:partners.heading')}>
      <ul className="mt-3 space-y-2" data-county-partners>
        {agreements.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <DocLink doc={a} />
            <StatusTag
              label={t(`content:agreementStatus.${a.status}`)}
              tone={AGREEMENT_TONE[a.status]}
            />
            <span className="text-gray-800">{countryName(lang, a.country)}</span>
          </li>
        ))}
      </ul>
      <PartnerMap lang={lang} agreements={agreements} counties={[county]} />
    </HeadedSection>
  )
}
