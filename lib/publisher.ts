/**
 * Who speaks for the site: the publisher (the body responsible for it) and where readers
 * send feedback. The law (forskrift om universell utforming av IKT) requires the
 * accessibility statement to give a feedback route, so both are settings, read at build
 * time like SITE_URL, never invented:
 *   SITE_PUBLISHER        the publisher's name, as it should be shown (e.g. a county council's name)
 *   SITE_FEEDBACK_EMAIL   an e-mail address for feedback, or
 *   SITE_FEEDBACK_URL     an https page with a contact form (used when there is no e-mail)
 * A build without them shows plainly that they are not set, and the build warns loudly
 * (scripts/check-settings.ts). The test build (SITE_FIXTURES=1) uses TEST_PUBLISHER, so
 * the browser tests see both filled in with values that cannot be mistaken for real ones.
 */

export type Feedback =
  { kind: 'email'; address: string; href: string } | { kind: 'url'; address: string; href: string }
export type Publisher = { name?: string; feedback?: Feedback }

type Env = Record<string, string | undefined>

export const TEST_PUBLISHER = {
  SITE_PUBLISHER: 'Testutgiver (bare i testbygg)',
  SITE_FEEDBACK_EMAIL: 'tilbakemelding@example.org',
} as const

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[a-z]{2,}$/i
const HTTPS = /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i

/** A setting that is set but cannot be used: the build stops on it (check-settings). */
type SettingProblem = { setting: string; message: string }

/** The settings in an environment, what is missing and what is malformed. */
export function readPublisher(env: Env): {
  publisher: Publisher
  missing: string[]
  problems: SettingProblem[]
} {
  const source: Env = env.SITE_FIXTURES === '1' ? { ...TEST_PUBLISHER, ...env } : env
  const value = (name: string) => source[name]?.trim() || undefined
  const problems: SettingProblem[] = []
  const name = value('SITE_PUBLISHER')
  const email = value('SITE_FEEDBACK_EMAIL')
  const url = value('SITE_FEEDBACK_URL')
  if (email && !EMAIL.test(email))
    problems.push({
      setting: 'SITE_FEEDBACK_EMAIL',
      message: `"${email}" is not an e-mail address (expected e.g. postmottak@example.no)`,
    })
  if (url && !HTTPS.test(url))
    problems.push({
      setting: 'SITE_FEEDBACK_URL',
      message: `"${url}" is not an https address (expected e.g. https://www.example.no/kontakt/)`,
    })
  const feedback: Feedback | undefined =
    email && EMAIL.test(email)
      ? { kind: 'email', address: email, href: `mailto:${email}` }
      : url && HTTPS.test(url)
        ? {
            kind: 'url',
            address: url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''),
            href: url,
          }
        : undefined
  const missing = [
    ...(name ? [] : ['SITE_PUBLISHER']),
    ...(email || url ? [] : ['SITE_FEEDBACK_EMAIL or SITE_FEEDBACK_URL']),
  ]
  return { publisher: { name, feedback }, missing, problems }
}

/** The loud warning a build without the settings prints, or undefined when all are set. */
export function missingSettingsWarning(missing: string[]): string | undefined {
  if (missing.length === 0) return undefined
  const line = '!'.repeat(78)
  return [
    line,
    `!! NOT SET: ${missing.join(', ')}`,
    '!! The pages say so: the footer, the about page and the accessibility statement',
    '!! say "not given" where the publisher and the feedback address belong. The law',
    '!! requires the accessibility statement to give a way to send feedback.',
    '!! Set them when you build for the public, e.g.',
    '!!   SITE_PUBLISHER="Eksempel fylkeskommune" SITE_FEEDBACK_EMAIL=postmottak@example.no npm run build',
    line,
  ].join('\n')
}
