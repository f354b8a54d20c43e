import { describe, expect, it } from 'vitest'
import { DEFAULT_LANG, fallbackOrder, getT, langForBrowser, LANGS, pickLanguage } from '@/lib/i18n'
import { languageName } from '@/lib/i18n/format'
import { NAMESPACES, resources } from '@/lib/i18n/resources'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('translations', () => {
  for (const ns of NAMESPACES) {
    it(`has the same keys in every language (${ns})`, () => {
      const [first, ...rest] = LANGS
      const expected = keys(resources[first][ns]).sort()
      expect(expected.length).toBeGreaterThan(0)
      for (const lang of rest)
        expect(keys(resources[lang][ns]).sort(), `${lang}/${ns}`).toEqual(expected)
    })

    it(`has no empty strings (${ns})`, () => {
      for (const lang of LANGS) {
        const flat = keys(resources[lang][ns])
        for (const key of flat) {
          const value = key
            .split('.')
            .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources[lang][ns])
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
    // Nynorsk is nynorsk, not Bokmål with other endings.
    expect(getT('nn')('nav.agreements')).toBe('Avtalar')
    expect(getT('nn')('count.agreements', { count: 3 })).toBe('3 avtalar')
    expect(getT('nn')('notFound.title')).toBe('Fann ikkje sida')
    expect(getT('nn')('programme:finder.theme')).toBe('Kva handlar prosjektet om?')
  })

  it('writes nynorsk with nynorsk words, not Bokmål ones', () => {
    // Bokmål forms that nynorsk does not have. Quoted app menus («Fra nettadresse») are
    // left out: they are the names the reader sees in those apps.
    const bokmal = [
      'ikke',
      'hva',
      'hvordan',
      'hvor',
      'hvem',
      'hvis',
      'ennå',
      'fra',
      'mer',
      'finnes',
      'kilde',
      'kilder',
      'nettsted',
      'nettstedet',
      'fylkeskommuner',
      'avtaler',
      'strategier',
      'programmer',
      'søknadsfrister',
      'søke',
    ]
    const found: string[] = []
    for (const ns of NAMESPACES) {
      for (const key of keys(resources.nn[ns])) {
        const value = String(
          key
            .split('.')
            .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources.nn[ns]),
        )
        const words =
          value
            .replace(/«[^»]*»/g, '')
            .toLocaleLowerCase('nn')
            .match(/\p{L}+/gu) ?? []
        for (const w of words) if (bokmal.includes(w)) found.push(`${ns}:${key}: ${w}`)
      }
    }
    expect(found).toEqual([])
  })

  it('names each language in the page language, for the fallback notice and search', () => {
    expect(languageName('nn', 'nb')).toBe('norsk bokmål')
    expect(languageName('nb', 'en')).toBe('engelsk')
    expect(languageName('en', 'nn')).toBe('Norwegian Nynorsk')
    expect(getT('nn')('fallback.notice', { language: languageName('nn', 'nb') })).toBe(
      'Denne sida finst ikkje på nynorsk enno. Under ser du teksten på norsk bokmål.',
    )
    expect(getT('en')('fallback.notice', { language: languageName('en', 'nb') })).toBe(
      'This page is not yet available in English. The Norwegian Bokmål text is shown below.',
    )
  })
})

describe('the fallback order', () => {
  it('is the language itself, then the default language, then the others in config order', () => {
    // Written so that it holds with a language more (tests/site/fourth-language.test.ts).
    expect(fallbackOrder('nn').slice(0, 2)).toEqual(['nn', 'nb'])
    expect(fallbackOrder('en').slice(0, 2)).toEqual(['en', 'nb'])
    expect(fallbackOrder('nn').indexOf('nb')).toBeLessThan(fallbackOrder('nn').indexOf('en'))
    for (const lang of LANGS) {
      const order = fallbackOrder(lang)
      expect([...order].sort()).toEqual([...LANGS].sort())
      const rest = order.filter((l) => l !== lang && l !== DEFAULT_LANG)
      expect(rest, `after ${lang} and ${DEFAULT_LANG}: config order`).toEqual(
        LANGS.filter((l) => rest.includes(l)),
      )
    }
  })

  it('picks the first text the order has: nynorsk without its own text shows Bokmål, not English', () => {
    expect(pickLanguage('nn', ['en', 'nb'])).toBe('nb')
    expect(pickLanguage('nn', ['en'])).toBe('en')
    expect(pickLanguage('nn', ['en', 'nn', 'nb'])).toBe('nn')
    expect(pickLanguage('en', ['nn', 'nb'])).toBe('nb')
    expect(pickLanguage('nb', [])).toBeUndefined()
  })
})

describe('the language of "/" for a browser', () => {
  it('goes by the first language tag: nn to nynorsk, nb and no to Bokmål, anything else to English', () => {
    expect(langForBrowser('nn-NO')).toBe('nn')
    expect(langForBrowser('nn')).toBe('nn')
    expect(langForBrowser('nb-NO')).toBe('nb')
    expect(langForBrowser('NO')).toBe('nb')
    expect(langForBrowser('en-GB')).toBe('en')
    expect(langForBrowser('de-DE')).toBe('en')
    expect(langForBrowser('')).toBe('en')
  })
})
