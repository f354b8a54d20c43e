import { ContactCard } from '@/components/content/ContactCard'
import { DissolvedNotice } from '@/components/content/DissolvedNotice'
import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { AGREEMENT_TONE } from '@/components/views/documents/AgreementView'
import { PROGRAMME_TONE } from '@/components/views/documents/ProgrammeView'
import { STATUS_TONE } from '@/components/views/documents/StrategyView'
import {
  agreementsOfCounty,
  getAgreements,
  getContacts,
  getCounties,
  getCountyById,
  getNetworks,
  getProgrammes,
  getStrategies,
  strategyStatus,
} from '@/lib/content'
import { NETWORK_KINDS } from '@/lib/content/model'
import { getT, type Lang } from '@/lib/i18n'
import { countryName, formatPartialDate, formatPeriod } from '@/lib/i18n/format'
import type { Section } from '@/lib/routes'
import { ProgrammesByStrand } from '@/components/programme/ProgrammesByStrand'
import { ListFrame, ListItem } from './ListFrame'
import { PartnerMap } from '@/components/maps/PartnerMap'

const STATUS_ORDER = { current: 0, upcoming: 1, expired: 2 } as const

function StrategyList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const items = getStrategies(lang)
    .map((s) => ({ s, status: strategyStatus(s.period, getCountyById(lang, s.county)?.dissolved) }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  return (
    <ul>
      {items.map(({ s, status }) => (
        <ListItem
          key={s.id}
          title={<DocLink doc={s} />}
          meta={
            <>
              <StatusTag label={t(`content:strategyStatus.${status}`)} tone={STATUS_TONE[status]} />
              <span>{formatPeriod(s.period)}</span>
              <span>{getCountyById(lang, s.county)?.title}</span>
            </>
          }
          description={s.description}
        />
      ))}
    </ul>
  )
}

function AgreementList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const agreements = getAgreements(lang)
  // The counties that hold an agreement today; a dissolved county's centre would only repeat a successor's.
  const holders = getCounties(lang).filter((c) => c.dissolved === undefined && agreements.some((a) => a.counties.includes(c.id)))
  return (
    <>
      <PartnerMap lang={lang} agreements={agreements} counties={holders} />
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
                      <StatusTag label={t(`content:agreementStatus.${a.status}`)} tone={AGREEMENT_TONE[a.status]} />
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

function NetworkList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const networks = getNetworks(lang)
  return (
    <>
      {NETWORK_KINDS.map((kind) => {
        const ofKind = networks.filter((n) => n.kind === kind)
        if (ofKind.length === 0) return null
        return (
          <section key={kind} className="mt-8">
            <h2 className="text-2xl font-bold">{t(`content:networkKind.${kind}`)}</h2>
            <ul>
              {ofKind.map((n) => (
                <ListItem level={3} key={n.id} title={<DocLink doc={n} />} description={n.description} />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}

function ProgrammeList({ lang }: { lang: Lang }) {
  return <ProgrammesByStrand lang={lang} />
}

function CountyList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <ul>
      {getCounties(lang).map((c) => (
        <ListItem
          key={c.id}
          title={<DocLink doc={c} />}
          meta={c.dissolved !== undefined && <span>{t('content:county.dissolvedShort', { from: c.founded, to: c.dissolved })}</span>}
          description={c.description}
        />
      ))}
    </ul>
  )
}

function ContactDirectory({ lang }: { lang: Lang }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {getContacts(lang).map((c) => (
        <ContactCard key={c.id} contact={c} headingLevel={2} />
      ))}
    </div>
  )
}

const LISTS: Partial<Record<Section, (p: { lang: Lang }) => React.ReactNode>> = {
  strategies: StrategyList,
  agreements: AgreementList,
  networks: NetworkList,
  programmes: ProgrammeList,
  counties: CountyList,
  contacts: ContactDirectory,
}

export function hasList(section: Section): boolean {
  return section in LISTS
}

export function SectionList({ lang, section }: { lang: Lang; section: Section }) {
  const List = LISTS[section]!
  return (
    <ListFrame lang={lang} section={section}>
      <List lang={lang} />
    </ListFrame>
  )
}

