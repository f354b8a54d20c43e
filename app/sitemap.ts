import type { MetadataRoute } from 'next'
import { LANGS, locales } from '@/lib/i18n'
import { absoluteUrl } from '@/lib/site'
import { allSitePages } from '@/lib/site-pages'

export const dynamic = 'force-static'

/** Every page in every language, with alternates only for translations that exist. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allSitePages()
    .filter((p) => !p.fallback)
    .map((p) => {
      const languages = Object.fromEntries(
        LANGS.filter((l) => p.alternates[l].translated).map((l) => [locales[l].hreflang, absoluteUrl(p.alternates[l].href)]),
      )
      return { url: absoluteUrl(p.path), alternates: { languages } }
    })
}
