import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLink, DocLinks } from '@/components/content/DocLink'
import { Facts } from '@/components/content/Facts'
import { StatusTag } from '@/components/content/StatusTag'
import { PartnerMap } from '@/components/maps/PartnerMap'
import { AGREEMENT_TONE } from '@/components/content/status-tones'
import { getCountiesByIds, getNetworkById, type Agreement, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { countryName, formatList, formatPartialDate } from '@/lib/i18n/format'

export function AgreementView({ doc }: { doc: Localized<Agreement> }) {
  const lang = doc.pageLang
  const t = getT(lang)
  const through = doc.through ? getNetworkById(lang, doc.through) : undefined
  const counties = getCountiesByIds(lang, doc.counties)
  // The map marks the counties that hold it now; only when all have been dissolved, the last ones that did.
  const current = counties.filter((c) => c.dissolved === undefined)
  return (
    <DocumentArticle
      doc={doc}
      lead={
        <StatusTag
          label={t(`content:agreementStatus.${doc.status}`)}
          tone={AGREEMENT_TONE[doc.status]}
        />
      }
    >
      <Facts
        rows={[
          [
            t('content:field.partner'),
            <>
              {doc.title}
              {doc.partnerName && (
                <>
                  {' '}
                  (<span lang={doc.partnerName.lang}>{doc.partnerName.text}</span>)
                </>
              )}
            </>,
          ],
          [t('content:field.country'), countryName(lang, doc.country)],
          [t('content:field.counties'), <DocLinks key="c" docs={counties} />],
          [t('content:field.since'), formatPartialDate(lang, doc.since)],
          [
            t('content:field.status'),
            <>
              {t(`content:agreementStatus.${doc.status}`)}
              {doc.statusNote && <>. {doc.statusNote}</>}
            </>,
          ],
          [t('content:field.through'), through && <DocLink doc={through} />],
          [
            t('content:field.themes'),
            doc.themes.length > 0 &&
              formatList(
                lang,
                doc.themes.map((th) => t(`content:theme.${th}`)),
              ),
          ],
        ]}
      />
      <PartnerMap
        lang={lang}
        agreements={[doc]}
        counties={current.length > 0 ? current : counties}
      />
    </DocumentArticle>
  )
}
