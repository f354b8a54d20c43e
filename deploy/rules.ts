/**
 * The one source of the site's HTTP rules: security headers, the Content Security Policy,
 * caching, the "/" language redirect, the 404 pages and the trailing-slash form.
 * scripts/deploy-config.ts turns these into an nginx server block and into the _headers and
 * _redirects files that Netlify and Cloudflare Pages read, so the two cannot drift apart.
 * Change a rule here, never in a generated file.
 */

import { movedSections } from '../lib/routes'

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

/** Headers on every response (HTML, assets, redirects and errors alike). */
export const SECURITY_HEADERS = {
  // Content-Security-Policy is added from CSP above.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
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
 * not weighed): Norwegian goes to /nb/, anything else to /en/. A request without the header
 * (a crawler, a script) gets the language-choice page, out/index.html.
 */
export const LANGUAGE_HOME = {
  norwegian: ['nb', 'nn', 'no'],
  norwegianHome: '/nb/',
  otherHome: '/en/',
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

/** A missing page gets the 404 page of its language (first match wins), with status 404. */
export const NOT_FOUND = [
  { prefix: '/nb/', page: '/nb/404/' },
  { prefix: '/en/', page: '/en/404/' },
  { prefix: '/', page: '/en/404/' },
]

/**
 * The site's links end in "/" (next.config trailingSlash): /nb/avtaler/ is the one form.
 * /nb/avtaler and /nb/avtaler/index.html redirect to it with this status.
 */
export const TRAILING_SLASH_REDIRECT = 301
