import { expect, test, type Page } from '@playwright/test'

/**
 * The phone header and the contents list of long pages. At 390×844 the header with its
 * menu closed is at most 120 px tall on every kind of page, and the "Meny" button (a
 * <details> summary) opens and closes the navigation with the keyboard and without
 * JavaScript; on a desktop the navigation is open and there is no button.
 */
const PHONE = { width: 390, height: 844 }
const PAGE_TYPES = [
  '/nb/',
  '/nb/avtaler/',
  '/nb/avtaler/kaunas/',
  '/nb/program/interreg-north-sea/',
  '/nb/finn-program/',
  '/nb/finn-program/telemark/transport/',
  '/nb/sok/',
  '/nb/om-nettstedet/',
  '/nb/404/',
  '/nn/strategiar/',
  '/en/programmes/interreg-aurora/',
]
const MENU = { nb: 'Meny', nn: 'Meny', en: 'Menu' } as const
const NAV = { nb: 'Hovedmeny', nn: 'Hovudmeny', en: 'Main menu' } as const
const langOf = (path: string) => path.split('/')[1] as keyof typeof MENU

const headerHeight = (page: Page) =>
  page.locator('header').evaluate((el) => el.getBoundingClientRect().height)

test.describe('at 390×844', () => {
  test.use({ viewport: PHONE })

  for (const path of PAGE_TYPES) {
    test(`${path}: the header is at most 120 px with the menu closed`, async ({ page }) => {
      await page.goto(path)
      const lang = langOf(path)
      await expect(page.getByText(MENU[lang], { exact: true })).toBeVisible()
      await expect(page.getByRole('navigation', { name: NAV[lang] })).toBeHidden()
      expect(await headerHeight(page)).toBeLessThanOrEqual(120)
    })
  }

  test('the menu opens and closes with the keyboard, and marks the current page', async ({
    page,
  }) => {
    await page.goto('/nb/avtaler/')
    const button = page.locator('header summary')
    await expect(button).toHaveText('Meny')
    await button.focus()
    await page.keyboard.press('Enter')
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' })
    await expect(nav).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Avtaler' })).toHaveAttribute('aria-current', 'page')
    // The search field is in the opened menu.
    await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('search').getByRole('searchbox')).toBeFocused()
    await button.focus()
    await page.keyboard.press('Space')
    await expect(nav).toBeHidden()
  })

  test('the menu works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, baseURL })
    const page = await context.newPage()
    await page.goto('/en/agreements/')
    const nav = page.getByRole('navigation', { name: 'Main menu' })
    await expect(nav).toBeHidden()
    await page.getByText('Menu', { exact: true }).click()
    await expect(nav).toBeVisible()
    await nav.getByRole('link', { name: 'Programmes' }).click()
    await expect(page).toHaveURL(/\/en\/programmes\/$/)
    await context.close()
  })
})

test('on a desktop the navigation and the search field are open, with no menu button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/nb/avtaler/')
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible()
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible()
  await expect(page.locator('header summary')).toBeHidden()
})

/** The contents list: "Innhold på siden" with a link to each second-level heading. */
const CONTENTS = [
  { path: '/nb/program/interreg-north-sea/', title: 'Innhold på siden' },
  { path: '/nn/program/interreg-north-sea/', title: 'Innhald på sida' },
  { path: '/en/programmes/interreg-north-sea/', title: 'On this page' },
  { path: '/nb/finn-program/', title: 'Innhold på siden' },
] as const

for (const c of CONTENTS) {
  test(`${c.path} starts with "${c.title}", linking every second-level heading`, async ({
    page,
  }) => {
    await page.goto(c.path)
    const contents = page.getByRole('navigation', { name: c.title })
    await expect(contents).toBeVisible()
    // The finder's list is folded (one line above the first result): open it.
    const fold = contents.locator('summary')
    if (await fold.count()) await fold.click()
    const links = contents.getByRole('link')
    const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')!))
    const headings = await page
      .locator('main h2:not(#page-contents-title)')
      .filter({ visible: true })
      .evaluateAll((els) => els.map((h) => `#${h.id}`))
    expect(hrefs).toEqual(headings)
    expect(hrefs.length).toBeGreaterThanOrEqual(4)
    // The link leads to the heading.
    const first = links.first()
    const target = (await first.getAttribute('href'))!
    await first.click()
    await expect(page).toHaveURL(new RegExp(`${target}$`))
  })
}

test("the finder's contents list names only the programmes that fit, when four or more do", async ({
  page,
}) => {
  await page.goto('/nb/finn-program/')
  const contents = page.getByRole('navigation', { name: 'Innhold på siden' })
  const cards = page.locator('#finder-results > [data-programme]:visible h2')
  await page.locator('#finder-region').selectOption('telemark')
  const shown = await cards.evaluateAll((els) => els.map((h) => h.textContent!.trim()))
  expect(shown.length).toBeGreaterThanOrEqual(4)
  await contents.locator('summary').click()
  // Then the section below the results: programmes that take no applications.
  await expect(contents.getByRole('link')).toHaveText([...shown, 'Tar ikke imot søknader'])
  // Fewer than four cards: a short page, no contents list.
  await page.locator('#finder-theme').selectOption('sami')
  expect(await cards.count()).toBeLessThan(4)
  await expect(contents).toBeHidden()
})

test('a short page has no contents list', async ({ page }) => {
  await page.goto('/nb/404/')
  await expect(page.locator('main h2')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Innhold på siden' })).toHaveCount(0)
})
