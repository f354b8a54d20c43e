import { expect, test } from '@playwright/test'
import { allPaths } from './a11y-check'

/**
 * The accessibility statement and the privacy page exist in every language, say what
 * the issue asks, link to the county's statement on uustatus.no, and every page's
 * footer links to both.
 */
const UUSTATUS_URL = process.env.UUSTATUS_URL ?? 'https://uustatus.no/nb/erklaringer/publisert/'

const STATEMENT = {
  nb: {
    path: '/nb/tilgjengelighetserklaering/',
    privacy: '/nb/personvern/',
    link: 'Les fylkeskommunens tilgjengelighetserklæring på uustatus.no',
    headings: [
      'Dette oppfyller nettstedet',
      'Dette oppfyller nettstedet ikke',
      'Gi tilbakemelding',
    ],
  },
  // Nynorsk: the Bokmål statement as a fallback page, with the interface's own words around it.
  nn: {
    path: '/nn/tilgjengelighetserklaering/',
    privacy: '/nn/personvern/',
    link: 'Les tilgjengeerklæringa til fylkeskommunen på uustatus.no',
    headings: [
      'Dette oppfyller nettstedet',
      'Dette oppfyller nettstedet ikke',
      'Gi tilbakemelding',
    ],
  },
  en: {
    path: '/en/accessibility-statement/',
    privacy: '/en/privacy/',
    link: "Read the county council's accessibility statement on uustatus.no",
    headings: ['What the website meets', 'What the website does not meet', 'Feedback'],
  },
} as const

for (const [lang, s] of Object.entries(STATEMENT)) {
  test(`the accessibility statement (${lang}) says what the site meets, what not, how to give feedback, and links to uustatus.no`, async ({
    page,
  }) => {
    await page.goto(s.path)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    for (const h of s.headings)
      await expect(page.getByRole('heading', { level: 2, name: h, exact: true })).toBeVisible()
    await expect(page.locator('main')).toContainText('WCAG 2.1')
    await expect(page.getByRole('link', { name: s.link })).toHaveAttribute('href', UUSTATUS_URL)
  })
}

test('every page footer links to the accessibility statement and the privacy page in its language', async ({
  request,
}) => {
  test.setTimeout(allPaths().length * 2_000)
  const problems: string[] = []
  // The language choice at / is the only page without the site frame.
  for (const path of allPaths().filter((p) => p !== '/')) {
    const html = await (await request.get(path)).text()
    const lang = /<html[^>]*lang="(nb|nn|en)"/.exec(html)?.[1] as keyof typeof STATEMENT | undefined
    const footer = /<footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? ''
    if (!lang) problems.push(`${path}: no html lang`)
    else {
      if (!footer.includes(`href="${STATEMENT[lang].path}"`))
        problems.push(`${path}: footer lacks the accessibility statement`)
      if (!footer.includes(`href="${STATEMENT[lang].privacy}"`))
        problems.push(`${path}: footer lacks the privacy page`)
    }
  }
  expect(problems, problems.join('\n')).toEqual([])
})
