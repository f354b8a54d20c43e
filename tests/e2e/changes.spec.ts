/**
 * Change notes as a reader meets them: the What's new page in every language (newest first,
 * each entry linking to its document's page) and a document page's change list with its
 * newest note beside "last updated". The fixture page (tests/fixtures/site-content) has two
 * fictional notes; it exists in Bokmål only, so the English and Nynorsk pages show them in Bokmål.
 */
import { expect, test } from '@playwright/test'

const FIXTURE_NOTES = [
  'Testmerknad (bare i testbygg): avsnittet om språkvalget er skrevet om.',
  'Testmerknad (bare i testbygg): siden fikk en kilde.',
]

const WHATS_NEW = [
  { lang: 'nb', path: '/nb/nytt/', heading: 'Nytt på nettstedet', follow: 'Følg endringer' },
  { lang: 'nn', path: '/nn/nytt/', heading: 'Nytt på nettstaden', follow: 'Følg endringar' },
  { lang: 'en', path: '/en/whats-new/', heading: "What's new", follow: 'Follow changes' },
] as const

for (const { lang, path, heading, follow } of WHATS_NEW) {
  test(`${lang}: What's new lists the newest change first and links to its page`, async ({
    page,
  }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    const entries = page.locator('[data-changes] > li')
    const dates = await entries
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThan(2)
    expect(dates).toEqual([...dates].sort().reverse())

    // The fixture page's two notes, the newer above the older, in the language they are written in.
    const texts = await entries.locator('p[lang="nb"], p:not([lang])').allInnerTexts()
    const at = FIXTURE_NOTES.map((n) => texts.indexOf(n))
    expect(at[0]).toBeGreaterThanOrEqual(0)
    expect(at[1]).toBeGreaterThan(at[0])
    const fixtureEntry = entries.filter({ hasText: FIXTURE_NOTES[0] })
    await expect(fixtureEntry.locator('time')).toHaveAttribute('datetime', '2026-11-30')

    // The newest entry's link leads to that document's page.
    const first = entries.first().getByRole('link')
    const title = await first.innerText()
    await Promise.all([page.waitForURL((u) => u.pathname !== path), first.click()])
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  })

  test(`${lang}: What's new offers its feeds`, async ({ page }) => {
    await page.goto(path)
    const links = page.locator('[data-follow-changes] a')
    await expect(page.locator('[data-follow-changes]')).toContainText(follow)
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs).toContain(`/${lang}/feed/all.xml`)
    expect(hrefs).toContain(`/${lang}/feed/programmes.xml`)
    expect(hrefs).toContain(`/${lang}/feed/county-nordland.xml`)
    const response = await page.request.get(`/${lang}/feed/all.xml`)
    expect(response.ok()).toBe(true)
  })
}

test('a document page shows its change list, newest first, and the newest note beside "last updated"', async ({
  page,
}) => {
  await page.goto('/nb/testside-uten-oversettelse/')
  const list = page.getByRole('region', { name: 'Endringer' })
  await expect(list.locator('li')).toHaveText([
    `30. november 2026: ${FIXTURE_NOTES[0]}`,
    `24. november 2026: ${FIXTURE_NOTES[1]}`,
  ])
  await expect(page.locator('[data-latest-change]')).toHaveText(
    `Siste endring: 30. november 2026, ${FIXTURE_NOTES[0]}`,
  )
  await expect(page.locator('[data-follow-changes]')).toContainText('Følg endringer')
})

test('a real document: Kaunas lists the change of its holders in both languages', async ({
  page,
}) => {
  await page.goto('/nb/avtaler/kaunas/')
  await expect(page.getByRole('region', { name: 'Endringer' }).locator('li')).toHaveText([
    '2. desember 2026: Vestfold og Telemark fylkeskommune er tatt ut av listen over fylkeskommuner som har avtalen; nå står bare Vestfold fylkeskommune der.',
  ])
  await page.goto('/en/agreements/kaunas/')
  await expect(page.getByRole('region', { name: 'Changes' }).locator('li')).toHaveText([
    '2 December 2026: Vestfold and Telemark County Council was taken off the list of county councils that hold the agreement; Vestfold County Council is now the only one listed.',
  ])
  await expect(page.locator('[data-follow-changes] a')).toHaveText([
    'All changes',
    'Agreements: changes',
    'Vestfold County Council: changes',
  ])
})

test('the English fallback page shows the Bokmål notes marked as Bokmål', async ({ page }) => {
  await page.goto('/en/testside-uten-oversettelse/')
  const list = page.getByRole('region', { name: 'Changes' })
  await expect(list.locator('li').first()).toHaveText(`30 November 2026: ${FIXTURE_NOTES[0]}`)
  await expect(list.locator('li span[lang="nb"]').first()).toHaveText(FIXTURE_NOTES[0])
})

for (const width of [390, 1280]) {
  test(`screenshots at ${width} px: a change list and What's new`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/nb/testside-uten-oversettelse/')
    await page
      .getByRole('region', { name: 'Endringer' })
      .screenshot({ path: `test-results/changes-list-nb-${width}.png` })
    await page.screenshot({ path: `test-results/changes-page-nb-${width}.png`, fullPage: true })
    for (const { lang, path } of WHATS_NEW) {
      await page.goto(path)
      await page.screenshot({ path: `test-results/whats-new-${lang}-${width}.png` })
    }
  })
}
