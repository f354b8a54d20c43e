/**
 * Page metadata. The unit tests run with SITE_URL=https://site.example (vitest.config.ts),
 * so the expected URLs are written out.
 */
import { describe, expect, it } from 'vitest'
import type { Alternates } from '@/lib/alternates'
import { pageMetadata } from '@/lib/seo'
import { absoluteUrl } from '@/lib/site'
import type { Lang } from '@/lib/i18n'

const both: Alternates = {
  nb: { href: '/nb/avtaler/kaunas/', translated: true },
  nn: { href: '/nn/avtalar/kaunas/', translated: false },
  en: { href: '/en/agreements/kaunas/', translated: true },
}
// In all three languages.
const all: Alternates = { ...both, nn: { href: '/nn/avtalar/kaunas/', translated: true } }
// A Norwegian-only document: its English page is a fallback showing the Norwegian text.
const nbOnly: Alternates = {
  nb: { href: '/nb/testside/', translated: true },
  nn: { href: '/nn/testside/', translated: false },
  en: { href: '/en/testside/', translated: false },
}

const meta = (lang: Lang, alternates: Alternates) =>
  pageMetadata({ lang, title: 'Kaunas', description: 'Om avtalen', alternates })

describe('page metadata', () => {
  it('links a translated page to every translation and to x-default, with itself as canonical', () => {
    for (const [lang, canonical] of [
      ['nb', 'https://site.example/nb/avtaler/kaunas/'],
      ['en', 'https://site.example/en/agreements/kaunas/'],
    ] as const) {
      const m = meta(lang, both)
      expect(m.alternates?.canonical).toBe(canonical)
      expect(m.alternates?.languages).toEqual({
        nb: 'https://site.example/nb/avtaler/kaunas/',
        en: 'https://site.example/en/agreements/kaunas/',
        'x-default': 'https://site.example/nb/avtaler/kaunas/',
      })
      expect(m.robots).toBeUndefined()
    }
  })

  it('gives reciprocal alternates: each page lists the other, which lists it back', () => {
    const nb = meta('nb', both).alternates?.languages as Record<string, string>
    const en = meta('en', both).alternates?.languages as Record<string, string>
    expect(nb.en).toBe('https://site.example/en/agreements/kaunas/')
    expect(en.nb).toBe('https://site.example/nb/avtaler/kaunas/')
  })

  it('leaves out alternates for a translation that does not exist', () => {
    const m = meta('nb', nbOnly)
    expect(m.alternates?.canonical).toBe('https://site.example/nb/testside/')
    // No other translation exists, so there is nothing to point at, not even x-default.
    expect(m.alternates?.languages).toEqual({})
    expect(m.robots).toBeUndefined()
    expect(m.openGraph).toMatchObject({ locale: 'nb_NO', alternateLocale: [] })
  })

  it('keeps a fallback page out of the index, with no alternates', () => {
    const m = meta('en', nbOnly)
    expect(m.alternates?.canonical).toBe('https://site.example/en/testside/')
    expect(m.alternates?.languages).toEqual({})
    expect(m.robots).toEqual({ index: false, follow: true })
    expect(m.openGraph).toMatchObject({ locale: 'en_GB', alternateLocale: [] })
  })

  it('sets Open Graph locale, URL and the site name in the title, per language', () => {
    const nb = meta('nb', both)
    const en = meta('en', both)
    expect(nb.openGraph).toMatchObject({
      locale: 'nb_NO',
      alternateLocale: ['en_GB'],
      url: 'https://site.example/nb/avtaler/kaunas/',
    })
    expect(en.openGraph).toMatchObject({
      locale: 'en_GB',
      alternateLocale: ['nb_NO'],
      url: 'https://site.example/en/agreements/kaunas/',
    })
    expect(nb.title).toBe('Kaunas – Internasjonalt samarbeid')
    expect(en.title).toBe('Kaunas – International cooperation')
    expect(nb.description).toBe('Om avtalen')
  })

  it('names nynorsk only where it has its own text: a fallback nn page is noindex with no alternates', () => {
    // Kaunas in nb and en, not yet in nn: nb and en name each other, not nn.
    expect(Object.keys(meta('nb', both).alternates?.languages ?? {})).toEqual([
      'nb',
      'en',
      'x-default',
    ])
    const nn = meta('nn', both)
    expect(nn.alternates?.canonical).toBe('https://site.example/nn/avtalar/kaunas/')
    expect(nn.alternates?.languages).toEqual({})
    expect(nn.robots).toEqual({ index: false, follow: true })
    expect(nn.openGraph).toMatchObject({ locale: 'nn_NO', alternateLocale: [] })
  })

  it('links all three languages, reciprocally, when each has its text; x-default is Bokmål', () => {
    const langs = ['nb', 'nn', 'en'] as const
    const expected = {
      nb: 'https://site.example/nb/avtaler/kaunas/',
      nn: 'https://site.example/nn/avtalar/kaunas/',
      en: 'https://site.example/en/agreements/kaunas/',
      'x-default': 'https://site.example/nb/avtaler/kaunas/',
    }
    for (const lang of langs) {
      const m = meta(lang, all)
      expect(m.alternates?.languages, lang).toEqual(expected)
      expect(m.robots).toBeUndefined()
    }
    expect(meta('nn', all).openGraph).toMatchObject({
      locale: 'nn_NO',
      alternateLocale: ['nb_NO', 'en_GB'],
    })
  })

  it('builds absolute URLs from the one base URL setting', () => {
    expect(absoluteUrl('/nb/')).toBe('https://site.example/nb/')
  })
})
