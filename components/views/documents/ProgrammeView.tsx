import { WebLink } from '@/components/content/WebLink'
import { HeadedSection } from '@/components/layout/HeadedSection'
import { AreaMap } from '@/components/maps/AreaMap'
import { ContactCard } from '@/components/content/ContactCard'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import { DocLink } from '@/components/content/DocLink'
import { Facts } from '@/components/content/Facts'
import { ProgrammeStatus } from '@/components/programme/ProgrammeStatus'
import { Rates } from '@/components/programme/Rates'
import { Rounds } from '@/components/programme/Rounds'
import { SourceLink } from '@/components/programme/SourceLink'
import { getContactsByIds, getCountyById, type Localized, type Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { countryName, formatList, formatPeriod } from '@/lib/i18n/format'
import { statusClaim } from '@/lib/programmes/status'

/** A programme page: status, area, priorities, rates, rounds, county roles and contacts, each fact with its source. */
export function ProgrammeView({ doc }: { doc: Localized<Programme> }) {
  const lang = doc.pageLang
  const t = getT(lang)
  const contacts = getContactsByIds(lang, doc.contacts)
  const contentLang = doc.fallback ? doc.lang : undefined
  const status = t(`content:programmeStatus.${doc.status}`)
  // An open status from an old source is said as of that source, in the tag (ProgrammeStatus).
  const confirmed = statusClaim(doc).confirmed
  return (
    <DocumentArticle doc={doc} lead={<ProgrammeStatus programme={doc} />}>
      {doc.status !== 'open' && doc.statusNote && (
        <div className="mt-4 border-l-4 border-gray-700 bg-gray-100 p-4" data-status-note>
          <p>
            <strong>{status}.</strong> <span lang={contentLang}>{doc.statusNote}</span>
            <SourceLink
              lang={lang}
              href={doc.statusSource}
              about={t('programme:statusHeading')}
              sources={doc.sources}
            />
          </p>
        </div>
      )}
      <Facts
        rows={[
          [t('content:field.strand'), t(`content:programmeStrand.${doc.strand}`)],
          [t('content:field.period'), doc.period && formatPeriod(doc.period)],
          [
            t('content:field.status'),
            <span key="s" data-status={doc.status}>
              {confirmed ? (
                <>
                  {status}
                  <SourceLink
                    lang={lang}
                    href={doc.statusSource}
                    about={t('programme:statusHeading')}
                    sources={doc.sources}
                  />
                </>
              ) : (
                <ProgrammeStatus programme={doc} />
              )}
            </span>,
          ],
          [
            t('programme:website'),
            <WebLink key="w" href={doc.website} className="break-all" data-website />,
          ],
          [
            t('content:field.countries'),
            formatList(
              lang,
              doc.countries.map((c) => countryName(lang, c)),
            ),
          ],
          [
            t('content:field.regions'),
            <div key="r" data-regions>
              <p>
                {formatList(
                  lang,
                  doc.regions.map((r) => t(`content:region.${r}`)),
                )}
                <SourceLink
                  lang={lang}
                  href={doc.regionsSource}
                  about={t('content:field.regions')}
                  sources={doc.sources}
                />
              </p>
              {doc.regionsNote && (
                <p className="mt-1 text-gray-800" lang={contentLang}>
                  {doc.regionsNote}
                </p>
              )}
            </div>,
          ],
        ]}
      />

      <HeadedSection id="area" heading={t('maps:areaHeading')}>
        <AreaMap programme={doc} />
      </HeadedSection>

      <HeadedSection id="priorities" heading={t('programme:prioritiesHeading')}>
        <p className="mt-2">
          {t('programme:prioritiesIntro')}
          <SourceLink
            lang={lang}
            href={doc.prioritiesSource}
            about={t('programme:prioritiesHeading')}
            sources={doc.sources}
          />
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5" lang={contentLang}>
          {doc.priorities.map((p) => (
            <li key={p.id} id={p.id}>
              {p.title}
            </li>
          ))}
        </ul>
      </HeadedSection>

      <HeadedSection
        id="rates"
        heading={t('programme:ratesHeading')}
        headingClassName="mb-2 text-2xl font-bold"
      >
        <Rates programme={doc} />
      </HeadedSection>

      <HeadedSection
        id="rounds"
        heading={t('programme:roundsHeading')}
        headingClassName="mb-2 text-2xl font-bold"
      >
        <Rounds programme={doc} />
      </HeadedSection>

      {doc.counties && doc.counties.length > 0 && (
        <HeadedSection id="county-roles" heading={t('programme:countiesHeading')}>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {doc.counties.map((c) => {
              const county = getCountyById(lang, c.county)
              const role = t(`content:countyRole.${c.role}`)
              return (
                <li key={`${c.county}-${c.role}`}>
                  {county && <DocLink doc={county} />}: {role}
                  <SourceLink lang={lang} href={c.source} about={role} sources={doc.sources} />
                </li>
              )
            })}
          </ul>
        </HeadedSection>
      )}

      <HeadedSection
        id="contacts"
        heading={t('programme:contactsHeading')}
        className="mt-8 mb-10 border-b border-gray-300 pb-8"
      >
        {contacts.length > 0 ? (
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {contacts.map((c) => (
              <ContactCard key={c.id} contact={c} />
            ))}
          </div>
        ) : (
          <p className="mt-2">{t('programme:noContacts')}</p>
        )}
      </HeadedSection>
    </DocumentArticle>
  )
}
