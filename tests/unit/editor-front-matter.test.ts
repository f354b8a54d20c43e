import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromFile, SOURCE_KEY, toFile } from '../../lib/editor/front-matter'

/** The web editor's file format: a field that did not change keeps its bytes. */

const kaunas = readFileSync('content/agreements/nb/kaunas.md', 'utf8')

describe('content files written by the web editor', () => {
  it('reads the fields and the body, and keeps the text it came from', () => {
    const data = fromFile(kaunas)
    expect(data).toMatchObject({
      id: 'kaunas',
      since: '1991',
      counties: ['vestfold'],
      location: { lat: 54.9, lon: 23.89 },
    })
    expect(String(data.body)).toMatch(/^Samarbeidet med Kaunas/)
    expect(data[SOURCE_KEY]).toBe(kaunas)
  })

  it('writes an unchanged file back byte for byte', () => {
    expect(toFile(fromFile(kaunas))).toBe(kaunas)
  })

  it('rewrites only the field that changed; flow lists, quotes and 54.90 stay as they were', () => {
    const data = fromFile(kaunas)
    const out = toFile({
      ...data,
      status: 'ended',
      statusNote: 'Avsluttet i 2026.',
      counties: ['vestfold', 'telemark'],
    })
    const lines = (t: string) => t.split('\n')
    const changed = lines(out).filter((l) => !lines(kaunas).includes(l))
    expect(changed).toEqual([
      'counties: [vestfold, telemark]',
      'status: ended',
      'statusNote: Avsluttet i 2026.',
    ])
    expect(out).toContain('since: "1991"\n')
    expect(out).toContain('themes: [education, culture]\n')
    expect(out).toContain('  lat: 54.90\n')
    expect(out.split('\n---\n')[1]).toBe(kaunas.split('\n---\n')[1])
  })

  it('leaves out a field emptied in the editor, and writes a new file with the filled fields only', () => {
    const data = fromFile(kaunas)
    expect(toFile({ ...data, location: null })).not.toContain('location')
    const created = toFile({
      id: 'x',
      title: 'X',
      since: '2025',
      through: '',
      translation: '',
      sources: [{ url: 'https://example.no/' }],
      body: 'Tekst.',
    })
    expect(created).toBe(
      '---\nid: x\ntitle: X\nsince: "2025"\nsources:\n  - url: https://example.no/\n---\n\nTekst.\n',
    )
  })
})
