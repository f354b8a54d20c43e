import { getT, type Lang } from '@/lib/i18n'
import { languageName } from '@/lib/i18n/format'

/**
 * Shown when the page's language has no text of a document yet: names the language the
 * text is shown in (`shown`, the first in the fallback order that has it).
 */
export function FallbackNotice({ lang, shown }: { lang: Lang; shown: Lang }) {
  const t = getT(lang)
  return (
    <div role="note" className="mb-6 border-l-8 border-brand-600 bg-brand-50 p-4">
      <p className="font-bold">{t('fallback.title')}</p>
      <p>{t('fallback.notice', { language: languageName(lang, shown) })}</p>
    </div>
  )
}
