/**
 * Who speaks for the site (lib/publisher.ts): the settings are read as given, a build
 * without them is told loudly, a malformed one is refused, and the pages say plainly
 * what is not set, in both languages, never a name in its place.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PublisherLine, PublisherSection } from '@/components/layout/Publisher'
import { LANGS, type Lang } from '@/lib/i18n'
import { missingSettingsWarning, readPublisher, TEST_PUBLISHER } from '@/lib/publisher'

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'")

describe('the publisher settings', () => {
  it('reads the name and an e-mail address, or else a web page, for feedback', () => {
    const mail = readPublisher({
      SITE_PUBLISHER: 'Eksempel fylkeskommune',
      SITE_FEEDBACK_EMAIL: 'post@example.no',
      SITE_FEEDBACK_URL: 'https://example.no/kontakt/',
    })
    expect(mail).toEqual({
      publisher: {
        name: 'Eksempel fylkeskommune',
        feedback: { kind: 'email', address: 'post@example.no', href: 'mailto:post@example.no' },
      },
      missing: [],
      problems: [],
    })
    const page = readPublisher({
      SITE_PUBLISHER: 'Eksempel fylkeskommune',
      SITE_FEEDBACK_URL: 'https://www.example.no/kontakt/',
    })
    expect(page.publisher.feedback).toEqual({
      kind: 'url',
      address: 'example.no/kontakt',
      href: 'https://www.example.no/kontakt/',
    })
  })

  it('names what is missing, and the warning says so loudly; nothing missing, no warning', () => {
    const none = readPublisher({})
    expect(none.publisher).toEqual({ name: undefined, feedback: undefined })
    expect(none.missing).toEqual(['SITE_PUBLISHER', 'SITE_FEEDBACK_EMAIL or SITE_FEEDBACK_URL'])
    expect(missingSettingsWarning(none.missing)).toContain(
      '!! NOT SET: SITE_PUBLISHER, SITE_FEEDBACK_EMAIL or SITE_FEEDBACK_URL',
    )
    expect(
      readPublisher({ SITE_PUBLISHER: '  ', SITE_FEEDBACK_EMAIL: 'post@example.no' }).missing,
    ).toEqual(['SITE_PUBLISHER'])
    expect(missingSettingsWarning([])).toBeUndefined()
  })

  it('refuses an address that is not one, and does not show it', () => {
    const bad = readPublisher({
      SITE_PUBLISHER: 'X',
      SITE_FEEDBACK_EMAIL: 'post at example.no',
      SITE_FEEDBACK_URL: 'http://example.no/',
    })
    expect(bad.problems.map((p) => p.setting)).toEqual(['SITE_FEEDBACK_EMAIL', 'SITE_FEEDBACK_URL'])
    expect(bad.publisher.feedback).toBeUndefined()
  })

  it('the test build (SITE_FIXTURES=1) has test values, which a setting still overrides', () => {
    expect(readPublisher({ SITE_FIXTURES: '1' }).publisher.name).toBe(TEST_PUBLISHER.SITE_PUBLISHER)
    expect(readPublisher({ SITE_FIXTURES: '1', SITE_PUBLISHER: 'Y' }).publisher.name).toBe('Y')
    expect(readPublisher({ SITE_FIXTURES: '1' }).missing).toEqual([])
  })
})

/** The words as lib/i18n/locales/<lang>/publisher.json writes them. */
const WORDS = {
  nb: {
    publisher: 'Utgiver',
    feedback: 'Tilbakemelding',
    unsetLine: 'Utgiver: ikke oppgitt Tilbakemelding: ingen adresse er oppgitt',
    publisherNotSet: 'ikke oppgitt',
    notSetNote: 'Nettstedet er bygd uten at utgiveren og en adresse for tilbakemelding er oppgitt.',
  },
  nn: {
    publisher: 'Utgivar',
    feedback: 'Tilbakemelding',
    unsetLine: 'Utgivar: ikkje oppgitt Tilbakemelding: inga adresse er oppgitt',
    publisherNotSet: 'ikkje oppgitt',
    notSetNote: 'Nettstaden er bygd utan at utgivaren og ei adresse for tilbakemelding er oppgitt.',
  },
  en: {
    publisher: 'Publisher',
    feedback: 'Feedback',
    unsetLine: 'Publisher: not given Feedback: no address has been given',
    publisherNotSet: 'not given',
    notSetNote: 'This website was built without its publisher and a feedback address being given.',
  },
} satisfies Record<Lang, Record<string, string>>

describe('what the pages say', () => {
  for (const lang of LANGS) {
    const words = WORDS[lang]
    it(`without settings, the footer and the sections say plainly that nothing is given (${lang})`, () => {
      const line = text(renderToStaticMarkup(createElement(PublisherLine, { lang, publisher: {} })))
      expect(line).toBe(words.unsetLine)
      for (const variant of ['about', 'statement'] as const) {
        const html = renderToStaticMarkup(
          createElement(PublisherSection, { lang, variant, publisher: {} }),
        )
        expect(text(html)).toContain(words.notSetNote)
        expect(text(html)).toContain(words.publisherNotSet)
        expect(html).not.toContain('href=')
      }
    })

    it(`with settings, they name the publisher and link the feedback address (${lang})`, () => {
      const publisher = readPublisher({
        SITE_PUBLISHER: 'Eksempel fylkeskommune',
        SITE_FEEDBACK_EMAIL: 'post@example.no',
      }).publisher
      const line = renderToStaticMarkup(createElement(PublisherLine, { lang, publisher }))
      expect(text(line)).toBe(
        `${words.publisher}: Eksempel fylkeskommune ${words.feedback}: post@example.no`,
      )
      expect(line).toContain('href="mailto:post@example.no"')
      const html = renderToStaticMarkup(
        createElement(PublisherSection, { lang, variant: 'statement', publisher }),
      )
      expect(text(html)).not.toContain(words.notSetNote)
      expect(html).toContain('href="mailto:post@example.no"')
    })
  }
})
