/**
 * A document type is added in one move: its model, its registry entry, its views and its
 * strings. The test adds the type "News" (tests/fixtures/new-type/) to a copy of the
 * project, touching no other existing file, and builds the site: the news list page, its
 * entry in the main navigation and on the home page, the sitemap entries and the kind of
 * page search shows all follow. Then it removes the views again and expects the type
 * check to fail, naming the missing view.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyProject, runInCopy } from '../../scripts/lib/project-copy'
import { edits, viewEntries } from '../fixtures/new-type/edits'

const root = process.cwd()
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs')
const FIXTURE = join(root, 'tests/fixtures/new-type')
let dir: string
let build: { code: number; output: string }

const run = (command: string, args: string[]) => runInCopy(dir, command, args)

function filesUnder(d: string): string[] {
  return readdirSync(d, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(d, join(e.parentPath, e.name)))
}

type Json = { [key: string]: Json | string }
function merge(into: Json, from: Json): Json {
  for (const [k, v] of Object.entries(from))
    into[k] = typeof v === 'object' && typeof into[k] === 'object' ? merge(into[k] as Json, v) : v
  return into
}

/** Applies the fixture to the copy; returns the existing files it changed. */
function addNewsType(): string[] {
  const changed = new Set<string>()
  for (const { file, before, text } of edits) {
    const path = join(dir, file)
    const source = readFileSync(path, 'utf8')
    expect(
      source.split(before).length - 1,
      `${file}: the anchor ${JSON.stringify(before)} occurs once`,
    ).toBe(1)
    writeFileSync(path, source.replace(before, text + before))
    changed.add(file)
  }
  for (const file of filesUnder(join(FIXTURE, 'files'))) {
    expect(existsSync(join(dir, file)), `${file} is a new file`).toBe(false)
    mkdirSync(join(dir, file, '..'), { recursive: true })
    cpSync(join(FIXTURE, 'files', file), join(dir, file))
  }
  for (const file of filesUnder(join(FIXTURE, 'strings'))) {
    const target = join('lib/i18n/locales', file)
    const merged = merge(
      JSON.parse(readFileSync(join(dir, target), 'utf8')),
      JSON.parse(readFileSync(join(FIXTURE, 'strings', file), 'utf8')),
    )
    writeFileSync(join(dir, target), `${JSON.stringify(merged, null, 2)}\n`)
    changed.add(target)
  }
  return [...changed].sort()
}

const html = (path: string) => readFileSync(join(dir, 'out', path, 'index.html'), 'utf8')

beforeAll(() => {
  dir = copyProject(root, 'new-type')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000)

describe('a new document type', () => {
  it('is added by its model, registry entry, views and strings alone', () => {
    expect(addNewsType()).toEqual([
      'components/views/registry.tsx',
      'lib/checker/messages/en.ts',
      'lib/checker/messages/nb.ts',
      'lib/content/model.ts',
      'lib/i18n/locales/en/common.json',
      'lib/i18n/locales/en/content.json',
      'lib/i18n/locales/nb/common.json',
      'lib/i18n/locales/nb/content.json',
      'lib/i18n/locales/nn/common.json',
      'lib/i18n/locales/nn/content.json',
      'lib/sections.ts',
    ])
    build = run(process.execPath, [TSX, 'scripts/build.ts'])
    expect(build.output).toContain('The site is built in out/')
    expect(build.code).toBe(0)
  }, 600_000)

  it('has a list page in each language, linked from the navigation and the home page', () => {
    for (const [lang, word, label, item] of [
      ['nb', 'nyheter', 'Nyheter', 'Testnyhet om nettstedet'],
      ['en', 'news', 'News', 'Test news about the website'],
    ] as const) {
      const list = html(`${lang}/${word}`)
      expect(list).toContain(
        `<h1 class="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">${label}</h1>`,
      )
      expect(list).toContain(item)
      const home = html(lang)
      expect(home, `${lang}: navigation`).toMatch(
        new RegExp(`<nav aria-label="[^"]+">.*<a href="/${lang}/${word}/"[^>]*>${label}</a>`, 's'),
      )
      expect(home, `${lang}: home page card`).toContain(lang === 'nb' ? '1 nyhet' : '1 news item')
    }
  })

  it('gives each item a page, in the sitemap, with its kind for search', () => {
    const sitemap = readFileSync(join(dir, 'out/sitemap.xml'), 'utf8')
    for (const [lang, path, kind] of [
      ['nb', 'nyheter/ny-nettside', 'Nyhet'],
      ['en', 'news/new-website', 'News'],
    ] as const) {
      expect(sitemap).toContain(`/${lang}/${path.split('/')[0]}/</loc>`)
      expect(sitemap).toContain(`/${lang}/${path}/</loc>`)
      const page = html(`${lang}/${path}`)
      expect(page).toContain(`data-pagefind-meta="kind:${kind}"`)
      expect(
        html(`${lang}/${lang === 'nb' ? 'sok' : 'search'}`),
        `${lang}: the search page lists the section`,
      ).toContain(`href="/${lang}/${path.split('/')[0]}/"`)
    }
  })

  it('type-checks, and no longer does once its views are removed', () => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc')
    const ok = run(process.execPath, [tsc, '--noEmit'])
    expect(ok.output).toBe('')
    expect(ok.code).toBe(0)
    const registry = join(dir, 'components/views/registry.tsx')
    let source = readFileSync(registry, 'utf8')
    for (const line of viewEntries) source = source.replace(line, '')
    writeFileSync(registry, source)
    const broken = run(process.execPath, [tsc, '--noEmit'])
    expect(broken.code).not.toBe(0)
    // The maps name what is missing: the list view of the section and the view of the type.
    expect(broken.output).toMatch(
      /registry\.tsx\(\d+,\d+\): error TS1360: [^\n]*\n\s+Property 'news' is missing/,
    )
    expect(broken.output).toMatch(
      /registry\.tsx\(\d+,\d+\): error TS1360: [^\n]*\n\s+Property 'News' is missing/,
    )
  }, 300_000)
})
