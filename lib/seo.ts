/**
 * Page metadata: title, description, canonical URL, Open Graph, and hreflang alternates
 * only for translations that exist (a fallback page is no translation).
 */
import type { Metadata } from 'next'
import type { Alternates } from './alternates'
import { DEFAULT_LANG, getT, LANGS, locales, type Lang } from './i18n'
import { absoluteUrl } from './site'

export function pageMetadata({
  lang,
  title,
  description,
  alternates,
  feeds = [],
}: {
  lang: Lang
  title: string
  description: string
  alternates: Alternates
  /** The page's Atom feeds of changes (lib/changes/feeds.ts), named in <head> for feed readers. */
  feeds?: readonly { href: string; title: string }[]
}): Metadata {
  const t = getT(lang)
  const self = alternates[lang].href
  const translated = LANGS.filter((l) => alternates[l].translated)
  const languages: Record<string, string> = {}
  // A page that is itself a fallback has no alternates: it is not a translation of anything.
  if (alternates[lang].translated && translated.length > 1) {
    for (const l of translated) languages[locales[l].hreflang] = absoluteUrl(alternates[l].href)
    const def = alternates[DEFAULT_LANG].translated ? DEFAULT_LANG : translated[0]
    languages['x-default'] = absoluteUrl(alternates[def].href)
  }
  const siteName = t('site.name')
  return {
    title: title === siteName ? title : `${title} – ${siteName}`,
    description,
    alternates: {
      canonical: absoluteUrl(self),
      languages,
      ...(feeds.length > 0 && {
        types: {
          'application/atom+xml': feeds.map((f) => ({ url: absoluteUrl(f.href), title: f.title })),
        },
      }),
    },
    openGraph: {
      type: 'website',
      title,
      description,
      url: absoluteUrl(self),
      siteName,
      locale: locales[lang].ogLocale,
      // Like hreflang: a fallback page names no other locale, since it is no translation.
      alternateLocale: alternates[lang].translated
        ? translated.filter((l) => l !== lang).map((l) => locales[l].ogLocale)
        : [],
    },
    robots: alternates[lang].translated ? undefined : { index: false, follow: true },
  }
}
