/**
 * npm run translations: per document, both files or not, pending, and stale (one file's
 * `updated` later than the other's). Runs the real command on a small content tree.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NODE_MODULES } from './node-modules'

const root = process.cwd()
const dir = mkdtempSync(join(tmpdir(), 'translations-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function doc(path: string, id: string, updated: string, extra = '') {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(
    join(dir, path),
    `---\nid: ${id}\ntitle: Test\ndescription: Test.\nupdated: ${updated}\nsources: ["https://example.org/"]\n${extra}---\n\nTest.\n`,
  )
}

const translations = (...args: string[]) =>
  execFileSync(
    process.execPath,
    [
      join(NODE_MODULES, 'tsx/dist/cli.mjs'),
      join(root, 'scripts/translations.ts'),
      'content',
      ...args,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CHECK_LANG: '' },
    },
  )

describe('npm run translations', () => {
  doc('content/pages/nb/a.md', 'a', '2026-11-01')
  doc('content/pages/en/a.md', 'a', '2026-11-01')
  doc('content/pages/nb/b.md', 'b', '2026-11-20')
  doc('content/pages/en/b-en.md', 'b', '2026-10-01')
  doc('content/pages/nb/c.md', 'c', '2026-11-01', 'translation: pending\n')
  doc('content/pages/en/d.md', 'd', '2026-11-01')
  const entry = (out: string, id: string) =>
    out.split(/\n {4}(?=\S)/).find((b) => b.startsWith(`${id}\n`))

  it('reports up to date, stale, pending and missing translations per document, in Norwegian', () => {
    const out = translations()
    expect(entry(out, 'a')).toContain('ok (begge oppdatert 2026-11-01)')
    expect(entry(out, 'b')).toContain('nb: b.md  en: b-en.md')
    expect(entry(out, 'b')).toContain(
      'ULIK DATO: bokmål oppdatert 2026-11-20, engelsk 2026-10-01: sjekk at den engelske sier det samme',
    )
    expect(entry(out, 'c')).toContain('VENTER: ingen fil på engelsk (merket pending)')
    expect(entry(out, 'd')).toContain('MANGLER: ingen fil på bokmål (npm run check feiler)')
  }, 60_000)

  it('lists the documents that need work first, worst first, and names them in the summary', () => {
    const out = translations()
    const order = ['d', 'b', 'c', 'a'].map((id) => out.indexOf(`    ${id}\n`))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((x, y) => x - y))
    expect(out.indexOf('Trenger arbeid (3):')).toBeLessThan(out.indexOf('I orden (1):'))
    expect(out.trim().split('\n').at(-1)).toBe(
      '1 dokument er oversatt og oppdatert; 3 trenger arbeid: pages/d, pages/b, pages/c.',
    )
  }, 60_000)

  it('shows only the documents that need work with --todo', () => {
    const out = translations('--todo')
    for (const id of ['b', 'c', 'd']) expect(entry(out, id)).toBeDefined()
    expect(entry(out, 'a')).toBeUndefined()
    expect(out).not.toContain('I orden')
    expect(out).toContain('3 trenger arbeid: pages/d, pages/b, pages/c.')
  }, 60_000)

  it('speaks English with --lang en', () => {
    const out = translations('--lang', 'en')
    expect(entry(out, 'b')).toContain('STALE?: nb updated 2026-11-20, en 2026-10-01')
    expect(entry(out, 'c')).toContain('PENDING: no en file (marked pending)')
    expect(out).toContain(
      '1 document translated and up to date, 3 to look at: pages/d, pages/b, pages/c.',
    )
  }, 60_000)
})
