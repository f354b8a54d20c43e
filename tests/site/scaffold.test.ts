/**
 * npm run new writes a Norwegian and an English file for a new document, with every
 * field of the model and its description, linked by one id. In a copy of the project
 * (scripts/lib/project-copy.ts): the new files fail the check while they hold placeholders, and pass it (and
 * compile with Contentlayer) once the placeholders are filled in.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { commonFields, documentTypes, type DocumentTypeName } from '@/lib/content/model'
import { formatProblem } from '@/lib/content/problems'
import { checkContent, isError } from '@/lib/checker/validate'
import { copyProject, runInCopy } from '../../scripts/lib/project-copy'

const root = process.cwd()
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs')
let dir: string

// What an editor would fill in, per field name (with a few per type), as naturally as they
// would type it: a year without quotes (since: 2001); test data only.
const VALUES: Record<string, string> = {
  title: 'Test',
  description: 'Test.',
  sources: '[https://example.org/kilde]',
  country: 'LT',
  counties: '[nordland]',
  since: '2001',
  themes: '[culture]',
  adoptedBy: 'Testfylkesting',
  adopted: '2021',
  county: 'nordland',
  from: '2022',
  to: '2026',
  id: 'mal-1',
  role: 'Test',
  organisation: 'Test',
  source: 'https://example.org/kilde',
  checked: '2026-01-01',
  shortName: 'TP',
  website: 'https://example.org/',
  statusSource: 'https://example.org/status',
  regionsSource: 'https://example.org/omrade',
  prioritiesSource: 'https://example.org/prioriteter',
  countries: '[NO]',
  regions: '[nordland]',
  text: 'Test',
  lang: 'lt',
  url: 'https://example.org/dokument',
  label: 'Test',
  value: 'Test',
}
const BY_TYPE: Partial<Record<DocumentTypeName, Record<string, string>>> = {
  Agreement: { status: 'active' },
  Programme: { status: 'open', strand: 'other', themes: '[business]' },
  Network: { kind: 'nordic' },
  Contact: { kind: 'office' },
}
const NEW = {
  strategy: 'Strategy',
  agreement: 'Agreement',
  network: 'Network',
  programme: 'Programme',
  contact: 'Contact',
} as const

function scaffold(...args: string[]): string {
  return execFileSync(
    process.execPath,
    [TSX, join(root, 'scripts/new-content.ts'), ...args, '--dir', join(dir, 'content')],
    { encoding: 'utf8' },
  )
}
const fileOf = (type: DocumentTypeName, lang: string, slug: string) =>
  join(dir, 'content', documentTypes[type].folder, lang, `${slug}.md`)

function fill(type: DocumentTypeName, text: string): string {
  const values = { ...VALUES, ...BY_TYPE[type] }
  return text
    .replace(/^(\s*(?:- )?)(\w+): (\[TODO\]|TODO)$/gm, (line, indent: string, name: string) => {
      if (!(name in values)) throw new Error(`no test value for ${name}`)
      return `${indent}${name}: ${values[name]}`
    })
    .replace(/^TODO: .*$/m, 'Testtekst.')
}

beforeAll(() => {
  dir = copyProject(root, 'scaffold')
  for (const [cli, type] of Object.entries(NEW))
    scaffold(cli, `ny-${cli}`, ...(type === 'Agreement' ? ['--en', `new-${cli}`] : []))
}, 300_000) // five tsx processes: over two minutes on a loaded machine
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000)

describe('npm run new', () => {
  it.each(Object.entries(NEW))(
    '%s: writes both languages with every field, described, linked by one id',
    (cli, type) => {
      for (const [lang, slug] of [
        ['nb', `ny-${cli}`],
        ['en', type === 'Agreement' ? `new-${cli}` : `ny-${cli}`],
      ]) {
        const text = readFileSync(fileOf(type, lang, slug), 'utf8')
        const frontMatter = text.split('---\n')[1]
        expect(parse(frontMatter).id).toBe(`ny-${cli}`)
        for (const [name, def] of Object.entries({
          ...commonFields,
          ...documentTypes[type].fields,
        })) {
          expect(frontMatter, `${type} ${name}`).toMatch(new RegExp(`^(# )?${name}:`, 'm'))
          expect(frontMatter, `${type} ${name}`).toContain(`# ${def.description}`)
        }
      }
    },
  )

  it('leaves placeholders that the check rejects', () => {
    const problems = checkContent([join(dir, 'content')], { cwd: dir })
      .filter(isError)
      .map((p) => formatProblem(p))
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/agreements\/nb\/ny-agreement\.md:\d+: country: er fortsatt TODO fra malen \(skriv den riktige verdien\)$/,
      ),
    )
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/contacts\/en\/ny-contact\.md:\d+: checked: er fortsatt TODO fra malen/,
      ),
    )
    expect(
      problems.some((p) => /:\d+: teksten: er fortsatt TODO fra malen \(skriv teksten\)$/.test(p)),
    ).toBe(true)
  }, 30_000)

  it('refuses a document whose id exists, in Norwegian', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [
          TSX,
          join(root, 'scripts/new-content.ts'),
          'agreement',
          'kaunas',
          '--dir',
          join(dir, 'content'),
        ],
        { stdio: 'pipe' },
      ),
    ).toThrow(/finnes allerede/)
  }, 30_000)

  it('passes the check, and compiles, once the placeholders are filled in', () => {
    for (const [cli, type] of Object.entries(NEW)) {
      for (const [lang, slug] of [
        ['nb', `ny-${cli}`],
        ['en', type === 'Agreement' ? `new-${cli}` : `ny-${cli}`],
      ]) {
        const file = fileOf(type, lang, slug)
        writeFileSync(file, fill(type, readFileSync(file, 'utf8')))
      }
    }
    expect(
      checkContent([join(dir, 'content')], { cwd: dir })
        .filter(isError)
        .map((p) => formatProblem(p)),
    ).toEqual([])

    const { code, output } = runInCopy(dir, join(root, 'node_modules/.bin/contentlayer2'), [
      'build',
    ])
    expect(code, output).toBe(0)
    expect(output).toMatch(/Generated \d+ documents/)
  }, 120_000)
})
