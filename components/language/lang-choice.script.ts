/**
 * "/" → the reader's language, by the browser's first preferred language: the same rule
 * as the web server's redirect (langForBrowser in lib/i18n/config.ts), so "nn-NO" goes to
 * /nn/, "nb" and "no" to /nb/, anything else to /en/. Without JavaScript the page's
 * meta refresh goes to the default language, and the links let the reader choose.
 */
import { langForBrowser } from '@/lib/i18n/config'
import { homeHref } from '@/lib/routes'

const preferred =
  navigator.languages && navigator.languages.length > 0
    ? navigator.languages
    : [navigator.language || '']
location.replace(homeHref(langForBrowser(preferred[0] ?? '')))
