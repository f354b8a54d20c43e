/**
 * The one source of the site's HTTP rules: security headers, the Content Security Policy,
 * caching, the "/" language redirect, the 404 pages and the trailing-slash form.
 * scripts/deploy-config.ts turns these into an nginx server block and into the _headers and
 * _redirects files that Netlify and Cloudflare Pages read, so the two cannot drift apart.
 * Change a rule here, never in a generated file. The languages come from lib/i18n/config.ts,
 * and every script that reads it runs with tsx.
 */
import { LANGS, OTHER_BROWSERS_LANG, locales } from '../lib/i18n/config'
import { REGIONS, THEMES } from '../lib/content/vocabulary'
import { anyRegionWord } from '../lib/programmes/finder-answers'
import { homeHref, movedSections, sectionHref } from '../lib/routes'

/** A year, in seconds: hashed files never change under their name. */
const YEAR = 31_536_000

/**
 * Content-Security-Policy directives. `scriptHashes` is filled in by the generator with the
 * sha256 of every inline script left in out/ after the build (no 'unsafe-inline').
 * 'wasm-unsafe-eval' lets Pagefind's search index run as WebAssembly; it does not allow eval().
 */
export const CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'scriptHashes'],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

/**
 * The web editor at /admin/ (Sveltia CMS, written by scripts/build-editor.ts) has a policy of
 * its own, only there, only as loose as the editor needs: its styles are set at run time
 * (style-src 'unsafe-inline'), it shows files it reads as blob: and data: images (and reads its own data: logo), and after
 * sign-in it talks to the git host's API (GitHub, GitLab, or the EDITOR_API_ROOT of a
 * self-hosted one), nothing else. The OAuth sign-in window reports back to the page that
 * opened it, so the opener policy allows popups. Public pages keep CSP and SECURITY_HEADERS.
 */
export const EDITOR = {
  prefix: '/admin/',
  csp: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': [
      "'self'",
      'data:',
      'https://api.github.com',
      'https://gitlab.com',
      ...(process.env.EDITOR_API_ROOT ? [new URL(process.env.EDITOR_API_ROOT).origin] : []),
    ],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
  headers: {
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': 'noindex, nofollow',
  },
}

/** Headers on every response (HTML, assets, redirects and errors alike). */
export const SECURITY_HEADERS = {
  // Content-Security-Policy is added from CSP above.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** HTML and every file without a hash in its name: the browser must ask again each time. */
export const REVALIDATE = 'no-cache'
export const IMMUTABLE = `public, max-age=${YEAR}, immutable`

/**
 * Cache rules by path prefix. Everything else is revalidated (REVALIDATE). Pagefind hashes
 * only the files in these folders; pagefind.js, pagefind-entry.json and the wasm file keep
 * their names between builds, so they are revalidated.
 */
export const CACHE_RULES = [
  { prefix: '/_next/static/', cacheControl: IMMUTABLE },
  { prefix: '/pagefind/fragment/', cacheControl: IMMUTABLE },
  { prefix: '/pagefind/index/', cacheControl: IMMUTABLE },
  { prefix: '/pagefind/filter/', cacheControl: IMMUTABLE },
]

/**
 * "/" sends the reader to a language by the FIRST language in Accept-Language (q-values are
 * not weighed), as langForBrowser in lib/i18n/config.ts does in the browser: each language's
 * `browser` tags lead to its home (nb, no → /nb/; nn → /nn/), anything else to the home of
 * OTHER_BROWSERS_LANG (/en/). A request without the header (a crawler, a script) gets the
 * language-choice page, out/index.html.
 */
export const LANGUAGE_HOME = {
  homes: LANGS.filter((l) => l !== OTHER_BROWSERS_LANG).map((l) => ({
    tags: [...locales[l].browser],
    home: homeHref(l),
  })),
  otherHome: homeHref(OTHER_BROWSERS_LANG),
  status: 302,
}

/**
 * Sections that moved to new URL words (lib/sections.ts formerWords): every address under
 * an old prefix redirects permanently to the same page under the new one
 * (/nb/fylker/nordland/ → /nb/fylkeskommuner/nordland/). The build also writes a redirect
 * page at each old address, for hosts that read no rules.
 */
export const MOVED = movedSections()
export const MOVED_STATUS = 301

/**
 * The finder's form without JavaScript (lib/programmes/finder-answers.ts): its plain GET
 * submit, /nb/finn-program/?region=telemark&theme=transport, is answered with the answer
 * page of that choice (/nb/finn-program/telemark/transport/) at the same address: a rewrite
 * (status 200), not a redirect, so the query stays in the address bar, and with JavaScript
 * the page goes on filtering in place. An empty region with a theme is the theme's page
 * under "any area"; an unknown value gets the finder's page (whose script names it).
 */
export const FINDER_ANSWERS = {
  regions: [...REGIONS],
  themes: [...THEMES],
  pages: LANGS.map((lang) => ({
    page: sectionHref(lang, 'finder'),
    anyRegion: anyRegionWord(lang),
  })),
}

/**
 * A missing page gets the 404 page of its language (first match wins), with status 404;
 * outside every language, that of OTHER_BROWSERS_LANG.
 */
export const NOT_FOUND = [
  ...LANGS.map((l) => ({ prefix: homeHref(l), page: `${homeHref(l)}404/` })),
  { prefix: '/', page: `${homeHref(OTHER_BROWSERS_LANG)}404/` },
]

/**
 * The site's links end in "/" (next.config trailingSlash): /nb/avtaler/ is the one form.
 * /nb/avtaler and /nb/avtaler/index.html redirect to it with this status.
 */
export const TRAILING_SLASH_REDIRECT = 301
