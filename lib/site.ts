import { readPublisher } from './publisher'

/**
 * Site-wide settings. The base URL comes from SITE_URL at build time (canonical URLs,
 * sitemap, Open Graph); set it to the public address when deploying.
 */
// An empty setting is no setting (the CI workflow passes unset repository variables as '').
export const SITE_URL = (process.env.SITE_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')

/** The county's accessibility statement on uustatus.no (one setting, linked from ours). */
export const UUSTATUS_URL =
  process.env.UUSTATUS_URL || 'https://uustatus.no/nb/erklaringer/publisert/'

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`
}

/** Who publishes the site and where feedback goes (SITE_PUBLISHER, SITE_FEEDBACK_EMAIL or SITE_FEEDBACK_URL; lib/publisher.ts). */
export const PUBLISHER = readPublisher(process.env).publisher
