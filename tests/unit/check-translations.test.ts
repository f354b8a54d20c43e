/**
 * npm run translations: per document, both files or not, pending, and stale (one file's
 * `updated` later than the other's). Runs the real command on a small content tree.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = process.cwd()
const dir = mkdtempSync(join(tmpdir(), 'translations-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function doc(path: string, id: string, updated: string, extra = '') {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), `---\nid: ${id}\ntitle: Test\ndescription: Test.\nupdated: ${updated}\nsources: ["https://example.org/"]\n${extra}---\n\nTest.\n`)
}

describe('npm run translations', () => {
  it('reports up to date, stale, pending and missing translations per document', () => {
    doc('content/pages/nb/a.md', 'a', '2026-11-01')
    doc('content/pages/en/a.md', 'a', '2026-11-01')
    doc('content/pages/nb/b.md', 'b', '2026-11-20')
    doc('content/pages/en/b-en.md', 'b', '2026-10-01')
    doc('content/pages/nb/c.md', 'c', '2026-11-01', 'translation: pending\n')
    doc('content/pages/en/d.md', 'd', '2026-11-01')
    const out = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/translations.ts'), 'content'], { cwd: dir, encoding: 'utf8' })
    const entry = (id: string) => out.split(/\n  (?=\S)/).find((b) => b.startsWith(`${id}\n`))
    expect(entry('a')).toContain('ok (both updated 2026-11-01)')
    expect(entry('b')).toContain('nb: b.md  en: b-en.md')
    expect(entry('b')).toContain('STALE?: nb updated 2026-11-20, en 2026-10-01')
    expect(entry('c')).toContain('PENDING: no en file (marked pending)')
    expect(entry('d')).toContain('MISSING: no nb file (npm run check fails)')
    expect(out).toContain('1 document translated and up to date, 3 to look at.')
  }, 60_000)
})
