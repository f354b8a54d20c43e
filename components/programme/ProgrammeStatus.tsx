import { According } from '@/components/content/According'
import { StatusTag } from '@/components/content/StatusTag'
import { PROGRAMME_TONE } from '@/components/content/status-tones'
import type { Localized, Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { statusClaim } from '@/lib/programmes/status'

/**
 * A programme's status as a tag. "Åpent" stands alone only while a recent source says so;
 * otherwise it is said as of its source: "Åpent ifølge interreg.no, mars 2024 – ikke
 * bekreftet siden" (lib/programmes/status.ts). The source link names the programme for
 * screen readers, since the finder shows several programmes' statuses on one page.
 */
export function ProgrammeStatus({
  programme: p,
  today,
}: {
  programme: Localized<Programme>
  today?: Date
}) {
  const lang = p.pageLang
  const t = getT(lang)
  const claim = statusClaim(p, today)
  const label = t(`content:programmeStatus.${p.status}`)
  if (claim.confirmed) return <StatusTag label={label} tone={PROGRAMME_TONE[p.status]} />
  return (
    <span data-status-unconfirmed>
      <StatusTag label={label} tone="warn" />{' '}
      <According
        lang={lang}
        url={p.statusSource}
        published={claim.date?.kind === 'published' ? claim.date.date : undefined}
        read={claim.date?.kind === 'read' ? claim.date.date : undefined}
        about={`${t('programme:statusHeading')}, ${p.shortName}`}
      />{' '}
      – {t(claim.date ? 'facts:status.notConfirmedSince' : 'facts:status.notConfirmed')}
    </span>
  )
}
