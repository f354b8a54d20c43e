import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allLocalized, counterparts, getDocuments } from '@/lib/content'
import { documentTypes, type DocumentTypeName } from '@/lib/content/model'
import { referenceProblems } from '@/lib/content/references'
import { LANGS } from '@/lib/i18n'

const CONTENT = join(process.cwd(), 'content')
const idOf = (file: string) => /^id:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1]

describe('the content', () => {
  it('has documents of every type in both languages', () => {
    for (const lang of LANGS) {
      for (const name of Object.keys(documentTypes) as DocumentTypeName[]) {
        const docs = getDocuments(name, lang)
        expect(docs.filter((d) => !d.fallback).length, `${lang} ${name}`).toBeGreaterThan(0)
      }
    }
  })

  it('pairs every Norwegian file with an English one of the same id, and back', () => {
    for (const { folder } of Object.values(documentTypes)) {
      const ids = Object.fromEntries(
        LANGS.map((lang) => [lang, readdirSync(join(CONTENT, folder, lang)).map((f) => idOf(join(CONTENT, folder, lang, f))).sort()]),
      )
      expect(ids.nb, folder).toEqual(ids.en)
    }
  })

  it('shows a document in the other language only when its translation is pending', () => {
    for (const doc of allLocalized().filter((d) => d.fallback)) expect(doc.translation, doc._raw.sourceFilePath).toBe('pending')
  })

  it('links each document to itself in the other language', () => {
    for (const doc of allLocalized().filter((d) => !d.fallback)) {
      const other = counterparts(doc)
      expect(other[doc.pageLang].href).toBe(doc.href)
    }
  })
})

describe('references between documents', () => {
  it('all resolve in the real content', () => {
    const docs = allLocalized()
      .filter((d) => !d.fallback)
      .map((d) => ({ type: d.type, file: d._raw.sourceFilePath, data: d as unknown as Record<string, unknown> }))
    expect(referenceProblems(docs)).toEqual([])
  })

  it('name the file and field of an unknown reference', () => {
    const problems = referenceProblems([
      { type: 'County', file: 'content/counties/nb/nordland.md', data: { id: 'nordland' } },
      {
        type: 'Strategy',
        file: 'content/strategies/nb/s.md',
        data: { id: 's', county: 'nordlnd', priorities: [{ id: 'p', agreements: ['nowhere'] }] },
      },
    ])
    expect(problems).toEqual([
      { file: 'content/strategies/nb/s.md', field: 'county', message: 'unknown county "nordlnd"', expected: 'the id of an existing county: nordland' },
      {
        file: 'content/strategies/nb/s.md',
        field: 'priorities[0].agreements[0]',
        message: 'unknown agreement "nowhere"',
        expected: 'no agreement exists yet',
      },
    ])
  })
})
