import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allLocalized, counterparts, getDocuments } from '@/lib/content'
import { documentTypes, type DocumentTypeName } from '@/lib/content/model'
import { formatProblem } from '@/lib/content/problems'
import { referenceProblems } from '@/lib/content/references'
import { fallbackOrder, REQUIRED_GROUPS, REQUIRED_LANGS, type Lang } from '@/lib/i18n'

const CONTENT = join(process.cwd(), 'content')
const idOf = (file: string) => /^id:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1]

describe('the content', () => {
  it('has documents of every type in every required language', () => {
    for (const lang of REQUIRED_LANGS) {
      for (const name of Object.keys(documentTypes) as DocumentTypeName[]) {
        const docs = getDocuments(name, lang)
        expect(docs.filter((d) => !d.fallback).length, `${lang} ${name}`).toBeGreaterThan(0)
      }
    }
  })

  it('pairs every Norwegian file (Bokmål or Nynorsk) with an English one of the same id, and back', () => {
    const idsIn = (folder: string, langs: string[]) => [
      ...new Set(
        langs
          .filter((lang) => existsSync(join(CONTENT, folder, lang)))
          .flatMap((lang) =>
            readdirSync(join(CONTENT, folder, lang)).map((f) =>
              idOf(join(CONTENT, folder, lang, f)),
            ),
          ),
      ),
    ]
    for (const { folder } of Object.values(documentTypes)) {
      expect(idsIn(folder, ['nb', 'nn']).sort(), folder).toEqual(idsIn(folder, ['en']).sort())
    }
  })

  it('shows a document in another written standard only when its translation is pending', () => {
    const group = (lang: string) => REQUIRED_GROUPS.findIndex((g) => g.includes(lang as Lang))
    const required = allLocalized().filter(
      (d) =>
        d.fallback && REQUIRED_LANGS.includes(d.pageLang) && group(d.lang) !== group(d.pageLang),
    )
    for (const doc of required) expect(doc.translation, doc._raw.sourceFilePath).toBe('pending')
  })

  it('shows nynorsk readers the Bokmål text of a document without nynorsk, never the English', () => {
    const nn = allLocalized().filter((d) => d.pageLang === 'nn')
    expect(nn.filter((d) => !d.fallback).map((d) => d.id)).toContain('about')
    const fallbacks = nn.filter((d) => d.fallback)
    expect(fallbacks.length).toBeGreaterThan(20)
    for (const doc of fallbacks) expect(doc.lang, doc._raw.sourceFilePath).toBe('nb')
    expect(fallbackOrder('nn')).toEqual(['nn', 'nb', 'en'])
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
      .map((d) => ({
        type: d.type,
        file: d._raw.sourceFilePath,
        data: d as unknown as Record<string, unknown>,
      }))
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
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'content/strategies/nb/s.md: county: ukjent fylkeskommune «nordlnd» – mente du «nordland»? (id-en til en fylkeskommune som finnes: nordland)',
      'content/strategies/nb/s.md: priorities[0].agreements[0]: ukjent avtale «nowhere» (det finnes ingen avtaler ennå)',
    ])
    expect(problems.map((p) => formatProblem(p, 'en'))[0]).toBe(
      'content/strategies/nb/s.md: county: unknown county "nordlnd"; did you mean "nordland"? (the id of an existing county: nordland)',
    )
  })
})
