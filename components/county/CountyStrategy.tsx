import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { STRATEGY_TONE } from '@/components/content/status-tones'
import { HeadedSection } from '@/components/layout/HeadedSection'
import { strategyOfCounty, type County, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { formatPeriod } from '@/lib/i18n/format'

/**
 * The county's international strategy or plan: the one that applies now, or the newest,
 * marked expired when its period has ended; or, plainly, that none was found.
 */
export function CountyStrategy({ county }: { county: Localized<County> }) {
  const lang = county.pageLang
  const t = getT(lang)
  const shown = strategyOfCounty(lang, county.id)
  return (
    <HeadedSection id="strategy" heading={t('counties:strategy.heading')} data-county-strategy>
      {shown ? (
        <div className="mt-3 border-l-4 border-brand-600 bg-brand-50 p-4">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="text-lg font-bold">
              <DocLink doc={shown.strategy} />
            </span>
            <StatusTag
              label={t(`content:strategyStatus.${shown.status}`)}
              tone={STRATEGY_TONE[shown.status]}
            />
            <span>{formatPeriod(shown.strategy.period)}</span>
          </p>
          <p className="mt-1" lang={shown.strategy.fallback ? shown.strategy.lang : undefined}>
            {shown.strategy.description}
          </p>
          {shown.status === 'expired' && (
            <p className="mt-1 text-gray-800">
              {t('counties:strategy.expired', { county: county.title })}
            </p>
          )}
          {shown.status === 'upcoming' && (
            <p className="mt-1 text-gray-800">
              {t('counties:strategy.upcoming', { from: shown.strategy.period.from })}
            </p>
          )}
        </div>
      ) : (
        <p className="mt-3" data-no-strategy>
          {t('counties:strategy.none', { county: county.title })}
        </p>
      )}
    </HeadedSection>
  )
}
