import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { STRATEGY_TONE } from '@/components/content/status-tones'
import { getCountyById, getStrategies, strategyStatus } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatPeriod } from '@/lib/i18n/format'
import { ListItem } from './ListFrame'

const STATUS_ORDER = { current: 0, upcoming: 1, expired: 2 } as const

/** Strategies: current first, then upcoming, then expired. */
export function StrategyList({ lang }: { lang: Lang }) {
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
              <StatusTag
                label={t(`content:strategyStatus.${status}`)}
                tone={STRATEGY_TONE[status]}
              />
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
