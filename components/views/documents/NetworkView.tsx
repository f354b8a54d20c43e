import { WebLink } from '@/components/content/WebLink'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLink } from '@/components/content/DocLink'
import { Facts } from '@/components/content/Facts'
import { getCountyById, type Localized, type Network } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { formatPartialDate } from '@/lib/i18n/format'

export function NetworkView({ doc }: { doc: Localized<Network> }) {
  const lang = doc.pageLang
  const t = getT(lang)
  return (
    <DocumentArticle doc={doc}>
      <Facts
        rows={[
          [t('content:field.kind'), t(`content:networkKind.${doc.kind}`)],
          [
            t('content:field.website'),
            doc.website && <WebLink href={doc.website} className="break-all" />,
          ],
        ]}
      />
      <h2 className="mt-8 text-2xl font-bold">{t('content:field.members')}</h2>
      <ul className="mt-3 space-y-2">
        {doc.members.map((m) => {
          const county = getCountyById(lang, m.county)
          return (
            <li key={m.county}>
              {county && <DocLink doc={county} />}
              {m.role && <> – {m.role}</>}
              {m.since && (
                <>
                  {' '}
                  ({t('content:field.since').toLowerCase()} {formatPartialDate(lang, m.since)})
                </>
              )}
            </li>
          )
        })}
      </ul>
    </DocumentArticle>
  )
}
