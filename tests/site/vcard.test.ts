/**
 * The vCards the build wrote into out/<lang>/vcard/ (tests run after the build), read with
 * a parser (ical.js). Expected values are the content's own fields, or literals copied
 * from the content files for the cards named below.
 */
import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getContacts } from '@/lib/content'
import { LANGS } from '@/lib/i18n'
import { builtFiles, OUT, parseFile } from './generated-files'

type Card = InstanceType<typeof ICAL.Component>
const values = (card: Card, name: string) =>
  card.getAllProperties(name).map((p) => p.getFirstValue())
const types = (card: Card, name: string) =>
  card.getAllProperties(name).map((p) => [p.getParameter('type')].flat().join(',').toUpperCase())

describe.each(LANGS)('the generated vCards (%s)', (lang) => {
  const contacts = getContacts(lang)

  it('has one .vcf per contact, and no other', () => {
    expect(builtFiles(`${lang}/vcard`, '.vcf').sort()).toEqual(
      contacts.map((c) => `${c.id}.vcf`).sort(),
    )
  })

  for (const contact of contacts) {
    it(`${contact.id}.vcf is a vCard 3.0 with the contact's details`, () => {
      const text = readFileSync(join(OUT, lang, 'vcard', `${contact.id}.vcf`), 'utf8')
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/) // CRLF line ends only
      const card = parseFile(`${lang}/vcard/${contact.id}.vcf`)
      expect(card.name).toBe('vcard')
      expect(card.getFirstPropertyValue('version')).toBe('3.0')
      expect(card.getFirstPropertyValue('fn')).toBe(contact.title)
      expect(card.getFirstProperty('n')).toBeTruthy()
      // ORG without the town; the town, where the content gives it, is the address's locality.
      const org = String(card.getFirstPropertyValue('org'))
      if (contact.locality) {
        expect(org).not.toContain(contact.locality)
        expect((card.getFirstPropertyValue('adr') as unknown as string[])[3]).toBe(contact.locality)
      } else {
        expect(org).toBe(contact.organisation)
        expect(card.getFirstProperty('adr')).toBeNull()
      }
      expect(card.getFirstPropertyValue('title')).toBe(contact.role)
      // Nothing beyond the content: an e-mail or phone only if the content gives one, the phone with its type.
      expect(values(card, 'email')).toEqual(contact.email ? [contact.email] : [])
      expect(values(card, 'tel')).toEqual(contact.phone ? [contact.phone] : [])
      if (contact.phone) expect(types(card, 'tel')[0]).toMatch(/WORK/)
      // The note says where the details come from, and when they were checked, in words.
      const note = String(card.getFirstPropertyValue('note'))
      expect(note).toContain(contact.source)
      expect(note).toMatch(/20\d\d/)
      expect(note).not.toMatch(/siste lenken|last link/)
      expect(card.getFirstPropertyValue('uid')).toBe(
        `urn:internasjonalt-samarbeid:contact:${contact.id}`,
      )
    })
  }
})

/**
 * Cards whose expected values are copied from the content files: the organisation without
 * the town (content/contacts/<lang>/ian-jawahir.md: organisation and locality), and the
 * programme's own website (content/programmes/nb/<id>.md: website), not the page that
 * named the contact.
 */
const KNOWN = [
  {
    file: 'nb/vcard/aurora-ir-contact.vcf',
    org: 'Troms fylkeskommune',
    locality: 'Tromsø',
    url: ['https://www.interregaurora.eu'],
  },
  {
    file: 'en/vcard/aurora-ir-contact.vcf',
    org: 'Troms County Council',
    locality: 'Tromsø',
    url: ['https://www.interregaurora.eu'],
  },
  {
    file: 'nb/vcard/nordland-international-office.vcf',
    org: 'Nordland fylkeskommune',
    locality: undefined,
    url: ['https://nora.fo'],
  },
  {
    file: 'en/vcard/espon-kdd-contact.vcf',
    org: 'Ministry of Local Government and Regional Development (KDD)',
    locality: undefined,
    url: ['https://www.espon.eu'],
  },
]

describe('named cards hold the values the content files give', () => {
  it.each(KNOWN)('$file', ({ file, org, locality, url }) => {
    const card = parseFile(file)
    expect(String(card.getFirstPropertyValue('org'))).toBe(org)
    expect((card.getFirstPropertyValue('adr') as unknown as string[] | null)?.[3]).toBe(locality)
    expect(values(card, 'url')).toEqual(url)
  })
})
