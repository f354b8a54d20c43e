import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * The web editor at /admin/ speaks Bokmål: built with the editor's settings (the test build
 * has them), its own screens are in Norwegian; built without them, /admin/ is a page that
 * says so, in Norwegian and English, and names no repository anywhere.
 */

/** Sveltia CMS wraps names in its labels in Unicode isolates (U+2068 … U+2069). */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '').trim()

test('the set-up editor signs in and lists the content in Bokmål', async ({ page }) => {
  await page.addInitScript(() => {
    // The folder picker gives an empty repository root: enough to open the editor's lists.
    ;(window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker =
      async () => {
        const root = await navigator.storage.getDirectory()
        await root.getDirectoryHandle('.git', { create: true })
        return root
      }
  })
  await page.goto('/admin/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internasjonalt samarbeid')
  await expect(page.getByRole('button', { name: 'Logg inn med tilgangskode' })).toBeVisible({
    timeout: 30_000,
  })
  expect(
    plain(await page.getByRole('button', { name: /^Logg inn med .GitHub/ }).textContent()),
  ).toBe('Logg inn med GitHub')
  expect(plain(await page.getByRole('status').textContent())).toBe(
    'Velkommen til Internasjonalt samarbeid',
  )
  await page.getByRole('button', { name: 'Arbeid med lokalt kodelager' }).click()
  // The document types by their Norwegian names (lib/i18n), in the editor's Norwegian frame.
  await expect(page.getByRole('tree', { name: 'Samlinger' })).toBeVisible({ timeout: 30_000 })
  for (const name of ['Fylkeskommuner', 'Strategier', 'Nettverk', 'Avtaler', 'Programmer'])
    await expect(page.getByRole('treeitem', { name })).toBeVisible()
  await page.getByRole('treeitem', { name: 'Avtaler' }).click()
  await expect(
    page.getByRole('button', { name: 'Nytt dokument', exact: true }).first(),
  ).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Innhold' })).toBeChecked()
  await expect(page.getByRole('searchbox', { name: 'Søk i innholdet …' })).toBeVisible()
})

test.describe('an editor built without its settings', () => {
  let site = ''
  test.beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'editor-not-set-up-'))
    // The build's own step, in an environment with none of the editor's settings.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(EDITOR_|SITE_FIXTURES)/.test(k)),
    ) as NodeJS.ProcessEnv
    execFileSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/build-editor.ts', site],
      {
        env,
        stdio: 'pipe',
      },
    )
  })
  test.afterAll(() => rmSync(site, { recursive: true, force: true }))

  test('says in Norwegian and English that it is not set up, and what to set', async ({ page }) => {
    await page.route('**/admin/', (route) =>
      route.fulfill({ path: join(site, 'admin', 'index.html'), contentType: 'text/html' }),
    )
    await page.goto('/admin/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText([
      'Redigeringsverktøyet er ikke satt opp',
      'Redigeringsverktøyet er ikkje sett opp',
      'The web editor is not set up',
    ])
    await expect(page.locator('section[lang="nb"]')).toContainText(
      'Spør den som har ansvaret for nettstedet i fylkeskommunen din',
    )
    await expect(page.locator('section[lang="en"]')).toContainText(
      'Ask the person responsible for the website at your county council',
    )
    await expect(page.locator('section[lang="nb"] li').first()).toContainText('EDITOR_REPO')
    await expect(page.locator('section[lang="nb"]').getByRole('link')).toHaveAttribute(
      'href',
      '/nb/',
    )
  })

  test('writes no editor and no repository into admin/', () => {
    const files = readdirSync(join(site, 'admin'), { recursive: true })
    expect(files).toEqual(['index.html'])
    const html = readFileSync(join(site, 'admin', 'index.html'), 'utf8')
    for (const placeholder of ['OWNER', 'testeier', 'local/working-tree', 'config.yml', '<script'])
      expect(html).not.toContain(placeholder)
  })
})
