import { WebLink } from '@/components/content/WebLink'
import { DissolvedNotice } from '@/components/content/DissolvedNotice'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLink, DocLinks } from '@/components/content/DocLink'
import { CountyProgrammes } from '@/components/programme/CountyProgrammes'
import { Facts } from '@/components/content/Facts'
import {
  agreementsOfCounty,
  getCountiesByIds,
  networksOfCounty,
  strategiesOfCounty,
  type County,
  type Localized,
} from '@/lib/content'
import { getT } from '@/lib/i18n'
import { JsonLd } from '@/components/layout/JsonLd'
import { PartnerMap } from '@/components/maps/PartnerMap'

export function CountyView({ doc }: { doc: Localized<County> }) {
  const lang = doc.pageLang
  const t = getT(lang)
  const successors = getCountiesByIds(lang, doc.successors)
  const predecessors = getCountiesByIds(lang, doc.predecessors)
  const strategies = strategiesOfCounty(lang, doc.id)
  const agreements = agreementsOfCounty(lang, doc.id)
  const networks = networksOfCounty(lang, doc.id)
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
      <Related title={t('content:field.strategy')} docs={strategies} />
      <Related title={t('content:field.agreements')} docs={agreements} />
      <PartnerMap lang={lang} agreements={agreements} counties={[doc]} />
      <Related title={t('content:field.networks')} docs={networks} />
      <CountyProgrammes county={doc} />
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

function Related({ title, docs }: { title: string; docs: Localized[] }) {
  if (docs.length === 0) return null
  return (
    <section>
      <h2 className="mt-8 text-2xl font-bold">{title}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {docs.map((d) => (
          <li key={d.id}>
            <DocLink doc={d} />
          </li>
        ))}
      </ul>
    </section>
  )
}
