import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join, relative } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { copyProject } from '../../scripts/lib/project-copy'

/**
 * The web editor at /admin/ (Sveltia CMS), driven as an editor would, in its local mode
 * ("Work with Local Repository"). The browser's folder picker is replaced by a folder in the
 * page's private file system (OPFS), filled with a copy of content/; what the editor writes
 * there is read back and put into a temporary copy of the project, where the content check
 * and the whole build run. The real content/ is never written.
 */

const ROOT = process.cwd()
type Files = Record<string, string>

function contentFiles(): Files {
  const files: Files = {}
  for (const entry of readdirSync(join(ROOT, 'content'), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      files[relative(ROOT, path)] = readFileSync(path, 'utf8')
    }
  }
  return files
}

/** Replaces the folder picker with an OPFS folder holding `files` and a .git folder (the editor asks for a repository root). */
async function provideFolder(page: Page, files: Files) {
  await page.addInitScript((files: Files) => {
    ;(
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = async () => {
      const root = await navigator.storage.getDirectory()
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/')
        let dir = root
        for (const part of parts.slice(0, -1))
          dir = await dir.getDirectoryHandle(part, { create: true })
        const writable = await (
          await dir.getFileHandle(parts.at(-1)!, { create: true })
        ).createWritable()
        await writable.write(text)
        await writable.close()
      }
      await root.getDirectoryHandle('.git', { create: true })
      return root
    }
  }, files)
}

/** Every file under content/ in the page's OPFS folder, as the editor left them. */
async function readFolder(page: Page): Promise<Files> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {}
    async function walk(dir: FileSystemDirectoryHandle, prefix: string) {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory')
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`)
        else
          out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text()
      }
    }
    const root = await navigator.storage.getDirectory()
    await walk(await root.getDirectoryHandle('content'), 'content/')
    return out
  })
}

/** The top-level front matter fields of a Markdown file, each with its exact lines. */
function frontMatterFields(text: string): Record<string, string> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!match) throw new Error('no front matter')
  const fields: Record<string, string> = {}
  let current = ''
  for (const line of match[1].split('\n')) {
    const key = /^([A-Za-z][\w]*):/.exec(line)?.[1]
    if (key) current = key
    fields[current] = fields[current] === undefined ? line : `${fields[current]}\n${line}`
  }
  return fields
}

/** A copy of the project (scripts/lib/project-copy.ts) with `files` written into it, for the content check and the build. */
function projectCopy(files: Files): string {
  const dir = copyProject(ROOT, 'editor-e2e')
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text)
  return dir
}

/** The text of the page's main heading in a built HTML file. */
function heading(html: string): string {
  return (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').trim()
}

async function openEditor(page: Page, files: Files) {
  await provideFolder(page, files)
  await page.goto('/admin/')
  await page.getByRole('button', { name: 'Arbeid med lokalt kodelager' }).click()
  // The document types, by their Norwegian names, with the number of documents in each:
  // content/agreements/ has nine with a Bokmål file and Orkney, written in Nynorsk.
  await expect(page.getByRole('treeitem', { name: 'Avtaler' })).toContainText('10', {
    timeout: 30_000,
  })
}

/** Sveltia CMS wraps names in its labels in Unicode isolates (U+2068 … U+2069). */
const named = (template: string, value: string) =>
  new RegExp(`^${template.replace('{}', `\u2068?${value}\u2069?`)}$`)
type Language = 'Norsk bokmål' | 'Engelsk'
const pane = (page: Page, language: Language) =>
  page.getByRole('group', { name: named('Rediger innholdet på {}', language) })
/** A field of a language's pane; the editor renders fields as they scroll into view, so scroll until it is there. */
async function field(page: Page, language: Language, name: string) {
  const group = pane(page, language)
    .getByRole('group', { name: named('Feltet «{}»', name) })
    .first()
  for (let i = 0; i < 30 && (await group.count()) === 0; i++) {
    await pane(page, language).getByRole('group').last().scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, 400)
  }
  await group.scrollIntoViewIfNeeded()
  return group
}

test.describe('the web editor', () => {
  test.describe.configure({ timeout: 240_000 })

  test('creates an agreement in both languages, which the check accepts and the build shows', async ({
    page,
  }) => {
    // The whole build of the project copy takes a minute or two on this machine's two cores.
    test.setTimeout(600_000)
    page.setDefaultTimeout(30_000)
    const before = contentFiles()
    await openEditor(page, before)
    await page.getByRole('treeitem', { name: 'Avtaler' }).click()
    await page.getByRole('button', { name: 'Nytt dokument', exact: true }).click()
    const nb = (name: string) => field(page, 'Norsk bokmål', name)
    await (await nb('id')).getByRole('textbox').fill('proveregion')
    await (await nb('title')).getByRole('textbox').fill('Prøveregionen (testavtale)')
    await (
      await nb('description')
    )
      .getByRole('textbox')
      .fill('En avtale som bare finnes i testen av redigeringsverktøyet.')
    await (await nb('updated')).getByRole('textbox').fill('2026-11-30')
    await (await nb('checked')).getByRole('textbox').fill('2026-11-30')
    await (await nb('sources')).getByRole('button', { name: /^Legg til/ }).click()
    await (
      await nb('sources')
    )
      .getByRole('textbox')
      .first()
      .fill(
        'https://www.vestfoldfylke.no/no/meny/tjenester/internasjonalisering/internasjonale-arenaer/',
      )
    await (await nb('country')).getByRole('textbox').fill('LT')
    // Eighteen county councils: the editor offers them in a list box, not as checkboxes.
    await (await nb('counties')).getByRole('combobox').click()
    await page.getByRole('option', { name: 'Vestfold fylkeskommune', exact: true }).click()
    await (await nb('counties')).getByText('The counties that hold the agreement').click()
    await (await nb('since')).getByRole('textbox').fill('2025')
    await (await nb('status')).getByRole('radio', { name: 'active' }).check()
    await (await nb('themes')).getByRole('combobox').click()
    await page.getByRole('option', { name: 'culture' }).click()
    // (Escape would close the whole entry, as the editor's shortcut for "cancel editing".)
    await (await nb('themes')).getByText('What the cooperation is about').click()

    const en = (name: string) => field(page, 'Engelsk', name)
    // Side by side: Norwegian on the left, English on the right (the right pane starts as a preview).
    if (!(await pane(page, 'Engelsk').isVisible()))
      await page.getByRole('radio', { name: 'Engelsk' }).last().click()
    await expect(pane(page, 'Engelsk')).toBeVisible()
    await expect(pane(page, 'Norsk bokmål')).toBeVisible()
    await (await en('title')).getByRole('textbox').fill('Trial Region (test agreement)')
    await (
      await en('description')
    )
      .getByRole('textbox')
      .fill('An agreement that exists only in the test of the web editor.')
    await (await en('sources')).getByRole('button', { name: /^Legg til/ }).click()
    await (
      await en('sources')
    )
      .getByRole('textbox')
      .first()
      .fill(
        'https://www.vestfoldfylke.no/no/meny/tjenester/internasjonalisering/internasjonale-arenaer/',
      )

    // Each language has its own file name, made from its title; the Norwegian one is typed here.
    await page.getByRole('radio', { name: 'Filnavn' }).click()
    const nbSlug = page
      .getByRole('group', { name: 'Filnavn' })
      .getByRole('group', { name: 'Norsk bokmål' })
    await expect(nbSlug.getByRole('textbox')).toHaveText('proeveregionen-testavtale')
    await nbSlug.getByRole('button', { name: 'Endre filnavnet' }).click()
    await nbSlug.getByRole('textbox').fill('proveregionen')
    await nbSlug.getByRole('button', { name: 'Ferdig' }).click()
    await expect(nbSlug.getByRole('textbox')).toHaveText('proveregionen')
    await page.getByRole('button', { name: 'Lagre' }).click()
    await expect(page.getByText(/lagret/i).first()).toBeVisible()

    const after = await readFolder(page)
    const added = Object.keys(after)
      .filter((p) => !(p in before))
      .sort()
    expect(added).toEqual([
      'content/agreements/en/trial-region-test-agreement.md',
      'content/agreements/nb/proveregionen.md',
    ])
    // A clean file: the fields that were filled, in the model's order, and nothing empty.
    expect(after['content/agreements/nb/proveregionen.md']).toMatch(
      /^---\nid: proveregion\ntitle: Prøveregionen \(testavtale\)\n[\s\S]*\nsince: "2025"\nstatus: active\nthemes:\n {2}- culture\n---\n/,
    )
    expect(after['content/agreements/en/trial-region-test-agreement.md']).toContain(
      '\ntitle: Trial Region (test agreement)\n',
    )

    // In a copy of the project with the two new files: the content check accepts them, and
    // the whole build (npm run build, as CI and the host run it) publishes the new page in
    // both languages, each at its own slug, and lists it among the agreements.
    const copy = projectCopy(Object.fromEntries(added.map((p) => [p, after[p]])))
    try {
      const env = { ...process.env, SITE_FIXTURES: '', NEXT_TELEMETRY_DISABLED: '1' }
      const check = execFileSync('npx', ['tsx', 'scripts/check-content.ts'], {
        cwd: copy,
        encoding: 'utf8',
        env,
      })
      expect(check).toMatch(/✔/)
      execFileSync('npx', ['tsx', 'scripts/build.ts'], {
        cwd: copy,
        encoding: 'utf8',
        env,
        stdio: 'pipe',
      })
      const built = (path: string) => readFileSync(join(copy, 'out', path), 'utf8')
      expect(heading(built('nb/avtaler/proveregionen/index.html'))).toBe(
        'Prøveregionen (testavtale)',
      )
      expect(heading(built('en/agreements/trial-region-test-agreement/index.html'))).toBe(
        'Trial Region (test agreement)',
      )
      expect(built('nb/avtaler/index.html')).toContain('href="/nb/avtaler/proveregionen/"')
      expect(built('en/agreements/index.html')).toContain(
        'href="/en/agreements/trial-region-test-agreement/"',
      )
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
    // The real content/ was never written.
    expect(contentFiles()).toEqual(before)
  })

  test('edits an existing document and leaves every other field as it was, byte for byte', async ({
    page,
  }) => {
    page.setDefaultTimeout(30_000)
    const before = contentFiles()
    await openEditor(page, before)
    await page.getByRole('treeitem', { name: 'Avtaler' }).click()
    await page.getByRole('main').getByText('Kaunas (Litauen)').click()
    const description = (await field(page, 'Norsk bokmål', 'description')).getByRole('textbox')
    await expect(description).toHaveValue(/^Vestfold har samarbeidet med Kaunas/)
    await description.fill(
      'Vestfold har samarbeidet med Kaunas i Litauen siden 1991, med vekt på utdanning og kultur.',
    )
    await page.getByRole('button', { name: 'Lagre' }).click()
    await expect(page.getByText(/lagret/i).first()).toBeVisible()

    const after = await readFolder(page)
    const changed = Object.keys(before).filter((p) => after[p] !== before[p])
    expect(changed).toEqual(['content/agreements/nb/kaunas.md'])
    const [old, now] = [frontMatterFields(before[changed[0]]), frontMatterFields(after[changed[0]])]
    expect(now.description).toBe(
      'description: Vestfold har samarbeidet med Kaunas i Litauen siden 1991, med vekt på utdanning og kultur.',
    )
    expect(Object.keys(now)).toEqual(Object.keys(old))
    for (const key of Object.keys(old).filter((k) => k !== 'description'))
      expect(now[key], key).toBe(old[key])
    // The text under the front matter is untouched too.
    expect(after[changed[0]].split('\n---\n')[1]).toBe(before[changed[0]].split('\n---\n')[1])
  })

  test('is not in the sitemap or the search index, says noindex, and asks no other host for anything', async ({
    page,
    baseURL,
  }) => {
    page.setDefaultTimeout(30_000)
    const sitemap = await (await page.request.get('/sitemap.xml')).text()
    expect(sitemap).toContain('/nb/avtaler/')
    expect(sitemap).not.toContain('/admin')
    // Pagefind's fragments (gzip) name the URL of every indexed page.
    const fragments = readdirSync(join(ROOT, 'out/pagefind/fragment')).map((f) =>
      gunzipSync(readFileSync(join(ROOT, 'out/pagefind/fragment', f))).toString('utf8'),
    )
    expect(fragments.some((f) => f.includes('"url":"/nb/avtaler/kaunas/"'))).toBe(true)
    // No page under /admin/ is indexed ("For redaktører" may name the address in its text).
    expect(fragments.filter((f) => f.includes('"url":"/admin'))).toEqual([])

    // Every request to another host is caught here; the editor's policy stops them before they leave.
    const elsewhere: string[] = []
    const local = new URL(baseURL!).host
    await page.route(
      (url) => url.protocol.startsWith('http') && url.host !== local,
      (route) => {
        elsewhere.push(route.request().url())
        return route.abort()
      },
    )
    const response = await page.goto('/admin/')
    expect(response?.status()).toBe(200)
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute(
      'content',
      'noindex, nofollow',
    )
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0)
    await provideFolder(page, contentFiles())
    await page.reload()
    await page.getByRole('button', { name: 'Arbeid med lokalt kodelager' }).click()
    await expect(page.getByRole('treeitem', { name: 'Avtaler' })).toContainText('10', {
      timeout: 30_000,
    })
    await page.getByRole('treeitem', { name: 'Program' }).click()
    await expect(page.getByRole('main')).toContainText('Interreg Aurora')
    expect(elsewhere).toEqual([])
  })
})
