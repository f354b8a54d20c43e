import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { copyProject, runInCopy } from '../../scripts/lib/project-copy'

const root = process.cwd()
const dirs: string[] = []

/** Runs contentlayer2 (which takes its project folder from PWD) on a copy of the project whose content is only the given files. */
function compile(files: Record<string, string>): { code: number; output: string } {
  const dir = copyProject(root, 'strict-build')
  dirs.push(dir)
  rmSync(join(dir, 'content'), { recursive: true })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return runInCopy(dir, join(root, 'node_modules/.bin/contentlayer2'), ['build'])
}

// Removing the copies takes a while on a busy machine.
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })), 120_000)

const county = (extra: string) => `---
id: nordland
title: Nordland fylkeskommune
description: Test.
updated: 2026-11-22
checked: 2026-11-22
sources:
  - url: https://www.nfk.no
regions: [nordland]
${extra}
---
`

describe('the content build is strict', () => {
  it('compiles a valid document', () => {
    const { code, output } = compile({
      'content/counties/nb/nordland.md': county('website: https://www.nfk.no'),
    })
    expect(output).toContain('Generated 1 documents')
    expect(code).toBe(0)
  }, 180_000)

  it('fails on a field of the wrong type, naming the file and the field', () => {
    const { code, output } = compile({ 'content/counties/nb/nordland.md': county('website: 42') })
    expect(code).not.toBe(0)
    expect(output).toContain('content/counties/nb/nordland.md')
    expect(output).toMatch(/website/)
  }, 180_000)

  it('fails on a missing required field, naming the file and the field', () => {
    const { code, output } = compile({ 'content/counties/nb/nordland.md': county('') })
    expect(code).not.toBe(0)
    expect(output).toContain('content/counties/nb/nordland.md')
    expect(output).toMatch(/website/)
  }, 180_000)

  it('fails on a field the model does not know', () => {
    const { code, output } = compile({
      'content/counties/nb/nordland.md': county('website: https://www.nfk.no\nwebsite2: x'),
    })
    expect(code).not.toBe(0)
    expect(output).toMatch(/website2/)
  }, 180_000)
})
