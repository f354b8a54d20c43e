import { ContactCard } from '@/components/content/ContactCard'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLink } from '@/components/content/DocLink'
import { Facts } from '@/components/content/Facts'
import { StatusTag } from '@/components/content/StatusTag'
import { getContactsByIds, getCountyById, type Localized, type Programme } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { countryName, formatList, formatPeriod } from '@/lib/i18n/format'

export const PROGRAMME_TONE = { open: 'good', 'on-hold': 'warn', discontinued: 'off' } as const

export function ProgrammeView({ doc }: { doc: Localized<Programme> }) {
  const lang = doc.pageLang as Lang
  const t = getT(lang)
  const contacts = getContactsByIds(lang, doc.contacts)
  return (
    <DocumentArticle doc={doc} lead={<StatusTag label={t(`content:programmeStatus.${doc.status}`)} tone={PROGRAMME_TONE[doc.status]} />}>
      <Facts
        rows={[
          [t('content:field.kind'), t(`content:programmeKind.${doc.kind}`)],
          [t('content:field.period'), formatPeriod(doc.period)],
          [
            t('content:field.status'),
            <>
              {t(`content:programmeStatus.${doc.status}`)}
              {doc.statusNote && <>. {doc.statusNote}</>}
            </>,
          ],
          [
            t('content:field.website'),
            <a key="w" href={doc.website} className="break-all text-brand-700 underline">
              {doc.website.replace(/^https:\/\/(www\.)?/, '')}
            </a>,
          ],
          [t('content:field.countries'), formatList(lang, doc.countries.map((c) => countryName(lang, c)))],
          [
            t('content:field.regions'),
            <>
              {formatList(lang, doc.regions.map((r) => t(`content:region.${r}`)))}
              {doc.regionsNote && <>. {doc.regionsNote}</>}
            </>,
          ],
        ]}
      />
      <h2 className="mt-8 text-2xl font-bold">{t('content:field.priorities')}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {doc.priorities.map((p) => (
          <li key={p.id} id={p.id}>
            {p.title}
          </li>
        ))}
      </ul>
      {doc.rates && doc.rates.length > 0 && (
        <>
          <h2 className="mt-8 text-2xl font-bold">{t('content:field.rates')}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {doc.rates.map((r) => (
              <li key={r.label}>
                {r.label}: {r.value} (
                <a href={r.source} className="text-brand-700 underline">
                  {t('content:field.source').toLowerCase()}
                  <span className="sr-only">: {r.label}</span>
                </a>
                )
              </li>
            ))}
          </ul>
        </>
      )}
      {doc.counties && doc.counties.length > 0 && (
        <>
          <h2 className="mt-8 text-2xl font-bold">{t('content:field.counties')}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {doc.counties.map((c) => {
              const county = getCountyById(lang, c.county)
              return (
                <li key={`${c.county}-${c.role}`}>
                  {county && <DocLink doc={county} />}: {t(`content:countyRole.${c.role}`)}
                </li>
              )
            })}
          </ul>
        </>
      )}
      {contacts.length > 0 && (
        <>
          <h2 className="mt-8 text-2xl font-bold">{t('content:field.contacts')}</h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {contacts.map((c) => (
              <ContactCard key={c.id} contact={c} />
            ))}
          </div>
        </>
      )}
    </DocumentArticle>
  )
}
