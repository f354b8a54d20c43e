/**
 * "Adding a language" (README) is true: a fourth, test-only language `xx` is added to a
 * copy of the project the way the README says, and nothing else is changed:
 *   - its entry in lib/i18n/config.ts (one line),
 *   - its translation files, lib/i18n/locales/xx/*.json, registered in lib/i18n/resources.ts,
 *   - its URL words in lib/sections.ts,
 *   - and one content file of its own (the about page), so hreflang has a real xx page.
 * The copy then builds (the content check, Contentlayer, next build, Pagefind and the web
 * server rules), the language's keys equal the others' (tests/unit/i18n.test.ts, run in
 * the copy), and the built site has the language's pages, fallback pages with the notice
 * and noindex, honest hreflang, a 404 page and a "/" redirect for it.
 *
 * One full build, of less content to keep it short: the copy leaves out the strategies,
 * agreements and networks (nothing else refers to them; counties, programmes, contacts and
 * free pages stay), in a copy of the project (scripts/lib/project-copy.ts).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SECTIONS } from '@/lib/sections'
import { copyProject, runInCopy } from '../../scripts/lib/project-copy'

const root = process.cwd()
let dir = ''
let buildOutput = ''

const html = (path: string) => readFileSync(join(dir, 'out', path, 'index.html'), 'utf8')
/** hreflang alternates in a page's head: hreflang → path. */
function alternates(page: string): Record<string, string> {
  return Object.fromEntries(
    [...page.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      new URL(m[2]).pathname,
    ]),
  )
}

/** Every string of a translation file marked as xx's, with its {{placeholders}} kept. */
function asXx(value: unknown): unknown {
  if (typeof value === 'string') return `xx ${value}`
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXx(v)]))
  return value
}

function edit(path: string, find: string | RegExp, replace: string) {
  const file = join(dir, path)
  const before = readFileSync(file, 'utf8')
  const after = before.replace(find, replace)
  if (after === before)
    throw new Error(`${path}: ${find} not found, the README's recipe no longer fits the code`)
  writeFileSync(file, after)
}

beforeAll(() => {
  dir = copyProject(root, 'fourth-language')

  for (const folder of ['strategies', 'agreements', 'networks'])
    rmSync(join(dir, 'content', folder), { recursive: true })

  // 1. The config entry: a language whose content is not required (it falls back).
  edit(
    'lib/i18n/config.ts',
    /^(\s*)en: \{/m,
    "$1xx: { name: 'Xx-test', intl: 'nb-NO', ogLocale: 'nb_NO', hreflang: 'xx', browser: ['xx'], contentRequired: false },\n$1en: {",
  )
  // 2. The translation files, made from the Bokmål ones, and their registration.
  const locales = join(dir, 'lib/i18n/locales')
  mkdirSync(join(locales, 'xx'))
  const namespaces = readdirSync(join(locales, 'nb')).map((f) => f.replace(/\.json$/, ''))
  for (const ns of namespaces)
    writeFileSync(
      join(locales, 'xx', `${ns}.json`),
      JSON.stringify(
        asXx(JSON.parse(readFileSync(join(locales, 'nb', `${ns}.json`), 'utf8'))),
        null,
        2,
      ),
    )
  const camel = (ns: string) => ns[0].toUpperCase() + ns.slice(1)
  edit(
    'lib/i18n/resources.ts',
    /^(import nbCommon .*)$/m,
    `$1\n${namespaces.map((ns) => `import xx${camel(ns)} from './locales/xx/${ns}.json'`).join('\n')}`,
  )
  edit(
    'lib/i18n/resources.ts',
    /^(\s*)en: \{/m,
    `$1xx: { ${namespaces.map((ns) => `${ns}: xx${camel(ns)}`).join(', ')} },\n$1en: {`,
  )
  // 3. The URL words: each section's Bokmål word with -xx.
  for (const { words } of Object.values(SECTIONS)) {
    edit(
      'lib/sections.ts',
      `words: { nb: '${words.nb}',`,
      `words: { xx: '${words.nb}-xx', nb: '${words.nb}',`,
    )
  }
  // The finder's word for "any area" is a URL word too.
  edit('lib/sections.ts', `anyRegionWords: { nb: '`, `anyRegionWords: { xx: 'any-area-xx', nb: '`)
  // 4. One page in xx (the about page), the rest falls back.
  mkdirSync(join(dir, 'content/pages/xx'))
  const about = readFileSync(join(dir, 'content/pages/nb/om-nettstedet.md'), 'utf8')
  writeFileSync(
    join(dir, 'content/pages/xx/om-xx.md'),
    about.replace(/^title: (.*)$/m, 'title: xx $1'),
  )

  const build = runInCopy(dir, process.execPath, [
    join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'),
    'scripts/build.ts',
  ])
  if (build.code !== 0) throw new Error(`The copy's build failed:\n${build.output}`)
  buildOutput = build.output
}, 600_000)

// The copy holds a whole build: removing it takes a while on a busy machine.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
}, 120_000)

describe('a fourth language, added by config and files alone', () => {
  it('builds, and its translation keys equal the others', () => {
    expect(buildOutput).toContain('✔ The site is built in out/')
    // The checker names no missing xx file: an optional language falls back silently.
    expect(buildOutput).not.toMatch(/no xx translation/)
    const out = execFileSync(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/unit/i18n.test.ts'],
      {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        stdio: 'pipe',
      },
    )
    expect(out).toMatch(/Tests\s+\d+ passed/)
    expect(out).not.toMatch(/failed/)
  }, 120_000)

  it('has the home page, every section and a 404 page in xx, with four languages in the navigation', () => {
    const home = html('xx')
    expect(home).toContain('<html lang="xx"')
    expect(home).toContain('xx Internasjonalt samarbeid i fylkeskommunene')
    const nav = home.match(/<nav aria-label="xx Språk"[\s\S]*?<\/nav>/)?.[0] ?? ''
    expect([...nav.matchAll(/hrefLang="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'nb',
      'nn',
      'xx',
      'en',
    ])
    for (const { words } of Object.values(SECTIONS))
      expect(
        existsSync(join(dir, 'out/xx', `${words.nb}-xx`, 'index.html')),
        `${words.nb}-xx`,
      ).toBe(true)
    expect(html('xx/404')).toContain('xx Fant ikke siden')
  })

  it('shows a document without xx text in Bokmål, with the notice naming it, noindex and no alternates', () => {
    const page = html('xx/program-xx/nora')
    expect(page).toContain(
      'xx Denne siden finnes ikke på bokmål ennå. Under ser du teksten på norsk bokmål.',
    )
    expect(page).toMatch(/<h1 lang="nb"/)
    expect(page).toMatch(/<meta name="robots" content="noindex, follow"\s*\/?>/)
    expect(alternates(page)).toEqual({})
    // Not in xx's search index: its text is another language's, whose search has it
    // (README, Search); only Bokmål and Nynorsk share an index.
    expect(page).not.toContain('data-pagefind-body')
  })

  it('links its own page by hreflang, reciprocally, and no fallback page', () => {
    const expected = {
      nb: '/nb/om-nettstedet/',
      nn: '/nn/om-nettstaden/',
      xx: '/xx/om-xx/',
      en: '/en/about/',
      'x-default': '/nb/om-nettstedet/',
    }
    for (const path of ['nb/om-nettstedet', 'nn/om-nettstaden', 'xx/om-xx', 'en/about'])
      expect(alternates(html(path)), path).toEqual(expected)
    expect(Object.keys(alternates(html('nb/program/nora')))).toEqual(['nb', 'en', 'x-default'])
    const sitemap = readFileSync(join(dir, 'out/sitemap.xml'), 'utf8')
    expect(sitemap).toContain('/xx/om-xx/</loc>')
    expect(sitemap).not.toContain('/xx/program-xx/nora/</loc>')
  })

  it('sends an xx browser from "/" to /xx/, a missing xx page to the xx 404 page, and indexes its xx page under xx', () => {
    const redirects = readFileSync(join(dir, 'out/_redirects'), 'utf8')
    expect(redirects).toMatch(/^\/\s+\/xx\/\s+302!\s+Language=xx$/m)
    expect(redirects).toMatch(/^\/xx\/\*\s+\/xx\/404\/\s+404$/m)
    expect(readFileSync(join(dir, 'deploy/nginx/generated/site.conf'), 'utf8')).toContain(
      '"~^/xx/" /xx/404/index.html;',
    )
    expect(html('')).toContain('href="/xx/"')
    const entry = JSON.parse(readFileSync(join(dir, 'out/pagefind/pagefind-entry.json'), 'utf8'))
    // The one xx page with xx text: the about page.
    expect(entry.languages.xx.page_count).toBe(1)
  })
})
