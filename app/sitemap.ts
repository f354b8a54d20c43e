import type { MetadataRoute } from 'next'
import { DEFAULT_LANG, LANGS, locales } from '@/lib/i18n'
import { absoluteUrl } from '@/lib/site'
import { allSitePages } from '@/lib/site-pages'

export const dynamic = 'force-static'

/** Every page in every language, with alternates only for translations that exist. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allSitePages()
    .filter((p) => !p.fallback)
    .map((p) => {
      const translated = LANGS.filter((l) => p.alternates[l].translated)
      const languages: Record<string, string> = Object.fromEntries(
        translated.map((l) => [locales[l].hreflang, absoluteUrl(p.alternates[l].href)]),
      )
      // The same x-default as the page's own head (lib/seo.ts): only when there is a choice.
      if (translated.length > 1) {
        const def = translated.includes(DEFAULT_LANG) ? DEFAULT_LANG : translated[0]
        languages['x-default'] = absoluteUrl(p.alternates[def].href)
      }
      return { url: absoluteUrl(p.path), alternates: { languages } }
    })
}
