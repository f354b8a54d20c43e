import { WebLink } from '@/components/content/WebLink'
import { DissolvedNotice } from '@/components/content/DissolvedNotice'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLinks } from '@/components/content/DocLink'
import { CountyProgrammes } from '@/components/programme/CountyProgrammes'
import { Facts } from '@/components/content/Facts'
import { CountyContacts } from '@/components/county/CountyContacts'
import { CountyMemberships } from '@/components/county/CountyMemberships'
import { CountyPartners } from '@/components/county/CountyPartners'
import { CountyStrategy } from '@/components/county/CountyStrategy'
import { getCountiesByIds, type County, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { JsonLd } from '@/components/layout/JsonLd'

/**
 * A county council's page: its facts, then from the data its international strategy (or
 * that none was found), its networks, its partner regions, its roles in programmes and its
 * international contact; the body tells the rest in words.
 */
export function CountyView({ doc }: { doc: Localized<County> }) {
  const lang = doc.pageLang
  const t = getT(lang)
  const successors = getCountiesByIds(lang, doc.successors)
  const predecessors = getCountiesByIds(lang, doc.predecessors)
  const dissolved = doc.dissolved !== undefined
  return (
    <DocumentArticle doc={doc} lead={<DissolvedNotice county={doc} lang={lang} />}>
      <Facts
        rows={[
          [
            t('content:field.website'),
            <WebLink key="w" href={doc.website} className="break-all" />,
          ],
          [t('content:field.existed'), dissolved && `${doc.founded ?? ''}–${doc.dissolved}`],
          [t('content:field.successors'), successors.length > 0 && <DocLinks docs={successors} />],
          [
            t('content:field.predecessors'),
            predecessors.length > 0 && <DocLinks docs={predecessors} />,
          ],
          [
            t('content:field.office'),
            doc.office && [doc.office, doc.officeRole].filter(Boolean).join(': '),
          ],
        ]}
      />
      <CountyStrategy county={doc} />
      <CountyMemberships county={doc} />
      <CountyPartners county={doc} />
      <CountyProgrammes county={doc} />
      {!dissolved && <CountyContacts county={doc} />}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'GovernmentOrganization',
          name: doc.title,
          url: doc.website,
          ...(dissolved
            ? { foundingDate: String(doc.founded ?? ''), dissolutionDate: String(doc.dissolved) }
            : {}),
        }}
      />
    </DocumentArticle>
  )
}
