import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLink, DocLinks } from '@/components/content/DocLink'
import { Facts } from '@/components/content/Facts'
import { StatusTag } from '@/components/content/StatusTag'
import { STRATEGY_TONE } from '@/components/content/status-tones'
import {
  getAgreementsByIds,
  getCountyById,
  getNetworksByIds,
  getProgrammesByIds,
  strategyStatus,
  type Localized,
  type Strategy,
} from '@/lib/content'
import { getT } from '@/lib/i18n'
import { formatPartialDate, formatPeriod } from '@/lib/i18n/format'

export function StrategyView({ doc }: { doc: Localized<Strategy> }) {
  const lang = doc.pageLang
  const t = getT(lang)
  const county = getCountyById(lang, doc.county)
  const status = strategyStatus(doc.period, county?.dissolved)
  return (
    <DocumentArticle
      doc={doc}
      lead={
        <StatusTag label={t(`content:strategyStatus.${status}`)} tone={STRATEGY_TONE[status]} />
      }
    >
      <Facts
        rows={[
          [t('content:field.county'), county && <DocLink doc={county} />],
          [t('content:field.adoptedBy'), doc.adoptedBy],
          [
            t('content:field.adopted'),
            doc.adopted
              ? formatPartialDate(lang, doc.adopted)
              : t('content:strategy.adoptedNotFound'),
          ],
          [t('content:field.period'), formatPeriod(doc.period)],
          [
            t('content:field.status'),
            <>
              {t(`content:strategyStatus.${status}`)}
              {county?.dissolved !== undefined && status === 'expired' && (
                <> – {t('content:strategy.expiredBecauseDissolved')}</>
              )}
            </>,
          ],
          [
            t('content:field.documents'),
            doc.documents && doc.documents.length > 0 && (
              <ul>
                {doc.documents.map((d) => (
                  <li key={d.url}>
                    <a href={d.url} className="text-brand-700 underline">
                      {d.title}
                    </a>
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      <h2 className="mt-8 text-2xl font-bold">{t('content:field.priorities')}</h2>
      {!doc.priorities?.length && (
        <p className="mt-4">{t('content:strategy.prioritiesNotFound')}</p>
      )}
      <ol className="mt-4 space-y-6">
        {(doc.priorities ?? []).map((p, i) => {
          const carriedOutBy = [
            ...getAgreementsByIds(lang, p.agreements),
            ...getNetworksByIds(lang, p.networks),
            ...getProgrammesByIds(lang, p.programmes),
          ]
          return (
            <li key={p.id} className="border-l-4 border-brand-600 pl-4">
              {/* The id sits on the heading so that search results can lead to a priority. */}
              <h3 id={p.id} className="scroll-mt-4 text-xl font-bold">
                <a href={`#${p.id}`} className="text-brand-900 no-underline hover:underline">
                  {i + 1}. {p.title}
                </a>
              </h3>
              {p.text && <p className="mt-2">{p.text}</p>}
              {p.points && p.points.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {p.points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              )}
              {carriedOutBy.length > 0 && (
                <p className="mt-3">
                  <strong>{t('content:field.carriedOutBy')}:</strong>{' '}
                  <DocLinks docs={carriedOutBy} />
                </p>
              )}
            </li>
          )
        })}
      </ol>
    </DocumentArticle>
  )
}
