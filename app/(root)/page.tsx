import { getT, LANGS, locales, DEFAULT_LANG } from '@/lib/i18n'
import { formatList, languageName } from '@/lib/i18n/format'
import { homeHref } from '@/lib/routes'
import { SITE_URL } from '@/lib/site'

export const metadata = {
  title: 'Internasjonalt samarbeid · International cooperation',
  description: 'Velg språk · Choose a language',
  metadataBase: new URL(SITE_URL),
  alternates: { canonical: '/' },
}

/**
 * "/" leads to a language. With JavaScript, /js/lang-choice.js picks by the browser's
 * first language (components/language/lang-choice.script.ts); without it, the meta
 * refresh goes to the default language. The links to every language of lib/i18n/config.ts
 * are always there, so a reader can choose. (A web server does this by Accept-Language.)
 */
export default function LanguageChoice() {
  return (
    <>
      <noscript>
        <meta httpEquiv="refresh" content={`0; url=${homeHref(DEFAULT_LANG)}`} />
      </noscript>
      <script src="/js/lang-choice.js" defer />
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
        {LANGS.map((lang) => {
          const t = getT(lang)
          return (
            <section key={lang} lang={lang} className="mb-10">
              <h1 className="mb-2 text-2xl font-bold text-brand-900">{t('site.name')}</h1>
              <p className="mb-3">
                {t('language.chooseIntro', {
                  languages: formatList(
                    lang,
                    LANGS.map((l) => languageName(lang, l)),
                  ),
                })}
              </p>
              <a
                href={homeHref(lang)}
                hrefLang={locales[lang].hreflang}
                className="text-lg font-bold text-brand-700 underline"
              >
                {locales[lang].name}
              </a>
            </section>
          )
        })}
      </main>
    </>
  )
}
