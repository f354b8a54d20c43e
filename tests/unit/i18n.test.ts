import { describe, expect, it } from 'vitest'
import { getT, LANGS } from '@/lib/i18n'
import { NAMESPACES, resources } from '@/lib/i18n/resources'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('translations', () => {
  for (const ns of NAMESPACES) {
    it(`has the same keys in every language (${ns})`, () => {
      const [first, ...rest] = LANGS
      const expected = keys(resources[first][ns]).sort()
      expect(expected.length).toBeGreaterThan(0)
      for (const lang of rest) expect(keys(resources[lang][ns]).sort(), `${lang}/${ns}`).toEqual(expected)
    })

    it(`has no empty strings (${ns})`, () => {
      for (const lang of LANGS) {
        const flat = keys(resources[lang][ns])
        for (const key of flat) {
          const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources[lang][ns])
          expect(String(value).trim(), `${lang}/${ns}:${key}`).not.toBe('')
        }
      }
    })
  }

  it('gives each language its own text', () => {
    expect(getT('nb')('nav.agreements')).toBe('Avtaler')
    expect(getT('en')('nav.agreements')).toBe('Agreements')
    expect(getT('nb')('count.agreements', { count: 1 })).toBe('1 avtale')
    expect(getT('en')('count.agreements', { count: 3 })).toBe('3 agreements')
  })
})
