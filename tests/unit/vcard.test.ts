import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Contact, Localized } from '@/lib/content'
import { contactVCard, nameParts, organisationName, phoneTypes } from '@/lib/contacts/vcard'

type Card = InstanceType<typeof ICAL.Component>
const values = (card: Card, name: string) =>
  card.getAllProperties(name).map((p) => p.getFirstValue())
const types = (card: Card, name: string) =>
  card.getAllProperties(name).map((p) => [p.getParameter('type')].flat().join(',').toUpperCase())

describe('a known card, round-tripped through a parser', () => {
  // A person as an editor would write her (made-up test data: example.org, a 555 number is not used).
  const anne = {
    id: 'test-person',
    kind: 'person',
    title: 'Anne Marie Testesen',
    role: 'Norwegian contact point for Interreg Test',
    organisation: 'Testfylke fylkeskommune, Testby',
    locality: 'Testby',
    email: 'anne@example.org',
    phone: '+47 912 34 567',
    source: 'https://example.org/kontakt',
    sources: [{ url: 'https://example.org/kontakt', published: '2025-03' }],
    checked: '2026-11-21T23:00:00.000Z',
    programmes: [],
    website: 'https://example.org/program',
    pageLang: 'en',
    lang: 'en',
    fallback: false,
  } as unknown as Localized<Contact>

  const text = contactVCard(anne)
  const card = new ICAL.Component(ICAL.parse(text) as unknown[])

  it('has every field a contacts app needs, as expected', () => {
    expect(card.getFirstPropertyValue('version')).toBe('3.0')
    expect(card.getFirstPropertyValue('fn')).toBe('Anne Marie Testesen')
    expect(card.getFirstProperty('n')!.getValues()[0]).toEqual([
      'Testesen',
      'Anne Marie',
      '',
      '',
      '',
    ])
    expect(String(card.getFirstPropertyValue('org'))).toBe('Testfylke fylkeskommune')
    expect(card.getFirstPropertyValue('title')).toBe('Norwegian contact point for Interreg Test')
    expect(values(card, 'email')).toEqual(['anne@example.org'])
    expect(types(card, 'email')).toEqual(['INTERNET,WORK'])
    expect(values(card, 'tel')).toEqual(['+47 912 34 567'])
    expect(types(card, 'tel')).toEqual(['WORK,CELL,VOICE'])
    expect((card.getFirstPropertyValue('adr') as unknown as string[])[3]).toBe('Testby')
    expect(values(card, 'url')).toEqual(['https://example.org/program'])
    expect(card.getFirstPropertyValue('note')).toBe(
      'Norwegian contact point for Interreg Test. Source: https://example.org/kontakt (published March 2025). Checked against the source on 22 November 2026 by the website International cooperation.',
    )
  })

  it('writes back the same text after parsing (nothing lost, nothing added)', () => {
    expect(card.toString() + '\r\n').toBe(text)
  })

  it('helpers: name parts, phone types, organisation without town', () => {
    expect(nameParts({ kind: 'office', title: 'International Office' })).toEqual([
      '',
      '',
      '',
      '',
      '',
    ])
    expect(phoneTypes('+47 75 65 00 00')).toEqual(['WORK', 'VOICE'])
    expect(phoneTypes('+47 46 76 22 38')).toEqual(['WORK', 'CELL', 'VOICE'])
    expect(organisationName('Troms fylkeskommune, Tromsø', 'Tromsø')).toBe('Troms fylkeskommune')
    expect(organisationName('Troms fylkeskommune', undefined)).toBe('Troms fylkeskommune')
  })
})
