import type { Alternates } from '@/lib/alternates'
import { LANGS, locales, getT, type Lang } from '@/lib/i18n'

/**
 * Language navigation (GOV.UK pattern): each language named in itself, with lang and
 * hreflang, the current one marked. Links lead to the same document in the other language.
 */
export function LanguageNav({ lang, alternates }: { lang: Lang; alternates: Alternates }) {
  const t = getT(lang)
  return (
    <nav aria-label={t('language.label')} className="text-sm">
      <ul className="flex flex-wrap gap-x-4 whitespace-nowrap">
        {LANGS.map((l) => (
          <li key={l}>
            {l === lang ? (
              <a
                href={alternates[l].href}
                aria-current="true"
                lang={l}
                hrefLang={locales[l].hreflang}
                className="font-bold text-white no-underline"
              >
                {locales[l].name}
              </a>
            ) : (
              <a
                href={alternates[l].href}
                lang={l}
                hrefLang={locales[l].hreflang}
                className="text-white underline"
              >
                {locales[l].name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
