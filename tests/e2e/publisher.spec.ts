import { expect, test } from '@playwright/test'
import { TEST_PUBLISHER } from '../../lib/publisher'

/**
 * Who speaks: the test build (SITE_FIXTURES=1) sets the publisher and feedback address
 * to test values; the footer of every kind of page, the about page and the accessibility
 * statement show them, in both languages (lib/publisher.ts; tests/unit/publisher.test.ts
 * covers the pages without them).
 */
const PAGES = {
  nb: {
    about: '/nb/om-nettstedet/',
    statement: '/nb/tilgjengelighetserklaering/',
    home: '/nb/',
    publisher: 'Utgiver',
    feedback: 'Tilbakemelding',
    aboutHeading: 'Utgiver og tilbakemelding',
    statementHeading: 'Slik gir du tilbakemelding',
  },
  en: {
    about: '/en/about/',
    statement: '/en/accessibility-statement/',
    home: '/en/',
    publisher: 'Publisher',
    feedback: 'Feedback',
    aboutHeading: 'Publisher and feedback',
    statementHeading: 'How to give feedback',
  },
} as const
const name = TEST_PUBLISHER.SITE_PUBLISHER
const email = TEST_PUBLISHER.SITE_FEEDBACK_EMAIL

for (const [lang, p] of Object.entries(PAGES)) {
  test(`the footer names the publisher and links the feedback address (${lang})`, async ({
    page,
  }) => {
    for (const path of [p.home, p.about, p.statement]) {
      await page.goto(path)
      const line = page.locator('footer [data-publisher]')
      await expect(line).toHaveText(`${p.publisher}: ${name} ${p.feedback}: ${email}`)
      await expect(line.getByRole('link', { name: email })).toHaveAttribute(
        'href',
        `mailto:${email}`,
      )
    }
  })

  for (const [which, heading] of [
    ['about', p.aboutHeading],
    ['statement', p.statementHeading],
  ] as const) {
    test(`the ${which} page gives the publisher and the feedback address (${lang})`, async ({
      page,
    }) => {
      await page.goto(p[which])
      const section = page.getByRole('complementary', { name: heading })
      await expect(section).toContainText(name)
      await expect(section.getByRole('link', { name: email })).toHaveAttribute(
        'href',
        `mailto:${email}`,
      )
      await expect(section.locator('[data-settings-missing]')).toHaveCount(0)
    })
  }
}
