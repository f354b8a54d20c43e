import { DissolvedNotice } from '@/components/content/DissolvedNotice'
import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { AGREEMENT_TONE } from '@/components/content/status-tones'
import { PartnerMap } from '@/components/maps/PartnerMap'
import { agreementsOfCounty, getAgreements, getCounties } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { countryName, formatPartialDate } from '@/lib/i18n/format'
import { ListItem } from './ListFrame'

/** Agreements grouped by the county council that holds them. */
export function AgreementList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const agreements = getAgreements(lang)
  // The partners only: with every county council's seat as well, a dozen labels crowd southern
  // Norway. A county page and an agreement page mark the councils' seats.
  return (
    <>
      <PartnerMap lang={lang} agreements={agreements} counties={[]} />
      {getCounties(lang).map((county) => {
        const agreements = agreementsOfCounty(lang, county.id)
        if (agreements.length === 0) return null
        return (
          <section key={county.id} className="mt-8">
            <h2 className="text-2xl font-bold">
              <DocLink doc={county} className="text-brand-900 underline" />
            </h2>
            <DissolvedNotice county={county} lang={lang} className="mt-2" />
            <ul>
              {agreements.map((a) => (
                <ListItem
                  level={3}
                  key={a.id}
                  title={<DocLink doc={a} />}
                  meta={
                    <>
                      <StatusTag
                        label={t(`content:agreementStatus.${a.status}`)}
                        tone={AGREEMENT_TONE[a.status]}
                      />
                      <span>{countryName(lang, a.country)}</span>
                      <span>
                        {t('content:field.since')} {formatPartialDate(lang, a.since)}
                      </span>
                    </>
                  }
                />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
