import { getT, sameLanguage, type Lang } from '@/lib/i18n'
import { languageName } from '@/lib/i18n/format'

/**
 * Shown when the page's language has no text of a document: names the language the text
 * is shown in (`shown`, the first in the fallback order that has it). A text in the other
 * written standard of the same language (Nynorsk on the Bokmål site, or the reverse) is no
 * missing translation: a county council that writes Nynorsk has its text in Nynorsk only,
 * so the notice just says which one it is.
 */
export function FallbackNotice({ lang, shown }: { lang: Lang; shown: Lang }) {
  const t = getT(lang)
  const language = languageName(lang, shown)
  if (sameLanguage(lang, shown))
    return (
      <p role="note" className="mb-6 border-l-8 border-brand-600 bg-brand-50 p-4" data-written-in>
        {t('written:notice', { language })}
      </p>
    )
  return (
    <div role="note" className="mb-6 border-l-8 border-brand-600 bg-brand-50 p-4">
      <p className="font-bold">{t('fallback.title')}</p>
      <p>{t('fallback.notice', { language })}</p>
    </div>
  )
}
