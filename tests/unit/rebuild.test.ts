/**
 * A rebuild renders only the pages a change touches (scripts/render-plan.ts), and the site
 * it publishes is the site a clean build makes of the same content, file for file. Each
 * build runs the whole `npm run build` (scripts/build.ts) in a copy of the project inside
 * .cache/ (where Node and Turbopack find node_modules by walking up).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyProject } from '../../scripts/lib/project-copy'

const root = process.cwd()
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs')
let dir = ''

/** Runs the whole build in the copy; its output and errors, in the order they came. */
function build(): string {
  const run = spawnSync('sh', ['-c', `"${process.execPath}" "${TSX}" scripts/build.ts 2>&1`], {
    cwd: dir,
    env: { ...process.env, PWD: dir, INIT_CWD: dir, SITE_FIXTURES: '' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  expect(run.status, run.stdout).toBe(0)
  return run.stdout
}

/** Every file of the published site with its content. Next's build id names an empty folder, which is left out. */
function site(): Record<string, string> {
  const top = realpathSync(join(dir, 'out'))
  const files: Record<string, string> = {}
  const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : (files[relative(top, join(d, n))] = readFileSync(join(d, n), 'utf8'))))
  walk(top)
  return files
}

const page = (path: string) => readFileSync(join(dir, 'out', path, 'index.html'), 'utf8')
const rendered = (output: string) => {
  const m = /(\d+) of (\d+) pages and files are rendered/.exec(output)
  return m ? { rendered: Number(m[1]), pages: Number(m[2]) } : undefined
}
const KAUNAS = 'content/agreements/nb/kaunas.md'
const addSentence = (file: string, sentence: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + `\n${sentence}\n`)

beforeAll(() => {
  dir = copyProject(root, 'rebuild')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000)

describe('a rebuild after one changed file', () => {
  let incremental: Record<string, string>

  it('renders every page the first time, then only the pages the change touches', () => {
    expect(build()).toContain('Every page is rendered: there is no record of the last build')

    addSentence(KAUNAS, 'Dette er en ny setning i avtalen med Kaunas.')
    const output = build()
    const plan = rendered(output)
    expect(plan, output).toBeDefined()
    // The agreement in Norwegian (and its nynorsk fallback), the lists and the county that show it: a few of about 200.
    expect(plan!.rendered).toBeGreaterThan(0)
    expect(plan!.rendered).toBeLessThan(plan!.pages / 5)
    expect(output).toMatch(/\d+ pages and files copied from \.build\/out-\d+/)
    expect(page('nb/avtaler/kaunas')).toContain('Dette er en ny setning i avtalen med Kaunas.')
    // The nynorsk page shows the Bokmål text until there is a nynorsk one.
    expect(page('nn/avtalar/kaunas')).toContain('Dette er en ny setning i avtalen med Kaunas.')
    // A page the change does not touch is the last site's, and whole.
    expect(page('en/strategies')).toContain('<html lang="en"')
    incremental = site()
  }, 400_000)

  it('publishes the same site as a clean build of the same content', () => {
    rmSync(join(dir, '.build/pages.json'))
    expect(build()).toContain('Every page is rendered: there is no record of the last build')
    const clean = site()
    expect(Object.keys(incremental).length).toBeGreaterThan(100)
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(clean).sort())
    const differ = Object.keys(clean).filter((f) => clean[f] !== incremental[f])
    expect(differ).toEqual([])
  }, 400_000)

  it('renders every page when a copied page would not fit the new build', () => {
    // A page of the last site refers to a stylesheet this build does not make.
    const last = realpathSync(join(dir, 'out'))
    const file = join(last, 'en/strategies/index.html')
    writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', '<link rel="stylesheet" href="/_next/static/chunks/gone.css"></head>'))
    addSentence(KAUNAS, 'Enda en setning.')
    const output = build()
    expect(output).toContain('/en/strategies/: the page refers to /_next/static/chunks/gone.css, which this build does not have')
    expect(output).toContain('Every page is rendered: the reused pages did not fit this build')
    expect(page('en/strategies')).not.toContain('gone.css')
    expect(page('nb/avtaler/kaunas')).toContain('Enda en setning.')
  }, 400_000)

  it('renders every page when the code changes', () => {
    const file = join(dir, 'lib/i18n/locales/en/common.json')
    const before = rendered(build())
    expect(before?.rendered, 'nothing changed, nothing is planned').toBe(0)
    writeFileSync(file, readFileSync(file, 'utf8').replace('"tagline": "', '"tagline": "Changed: '))
    expect(build()).toContain('Every page is rendered: code, packages, settings or the day changed since the last build')
  }, 400_000)
})
