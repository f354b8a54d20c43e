import { Callout } from '@/components/layout/HeadedSection'
import { PublisherSection } from '@/components/layout/Publisher'
import { getT, type Lang } from '@/lib/i18n'
import { UUSTATUS_URL } from '@/lib/site'

/**
 * On the accessibility statement: how to give feedback (the law requires a feedback route;
 * the address is a setting, lib/publisher.ts) and the link to the county's statement on
 * uustatus.no. Markdown cannot read settings, so both come from the settings here.
 */
export function AccessibilityStatementExtras({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <>
      <PublisherSection lang={lang} variant="statement" />
      <Callout id="uustatus" heading={t('a11y:uustatus.title')}>
        <p className="mt-1">{t('a11y:uustatus.text')}</p>
        <p className="mt-2">
          <a href={UUSTATUS_URL} className="font-bold text-brand-700 underline">
            {t('a11y:uustatus.link')}
          </a>
        </p>
      </Callout>
    </>
  )
}
