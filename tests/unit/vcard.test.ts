import { describe, expect, it } from 'vitest'
import { getContacts } from '@/lib/content'
import { LANGS } from '@/lib/i18n'
import { isoDay } from '@/lib/i18n/format'
import { builtFiles, parseFile } from './generated-files'

describe.each(LANGS)('the generated vCards (%s)', (lang) => {
  const contacts = getContacts(lang)

  it('has one .vcf per contact, and no other', () => {
    expect(builtFiles(`${lang}/vcard`, '.vcf').sort()).toEqual(contacts.map((c) => `${c.id}.vcf`).sort())
  })

  for (const contact of contacts) {
    it(`${contact.id}.vcf is a vCard 4.0 with the contact's details`, () => {
      const card = parseFile(`${lang}/vcard/${contact.id}.vcf`)
      expect(card.name).toBe('vcard')
      expect(card.getFirstPropertyValue('version')).toBe('4.0')
      expect(card.getFirstPropertyValue('fn')).toBe(contact.title)
      expect(card.getFirstPropertyValue('kind')).toBe(contact.kind === 'person' ? 'individual' : 'org')
      expect(String(card.getFirstPropertyValue('org'))).toBe(contact.organisation)
      expect(card.getFirstPropertyValue('role')).toBe(contact.role)
      // Nothing beyond the content: an e-mail or phone only if the content gives one.
      expect(card.getAllProperties('email').map((p) => p.getFirstValue())).toEqual(contact.email ? [contact.email] : [])
      expect(card.getAllProperties('tel').map((p) => p.getFirstValue())).toEqual(contact.phone ? [`tel:${contact.phone.replace(/\s+/g, '')}`] : [])
      // The website, if any, and the source (once, if they are the same page).
      expect(card.getAllProperties('url').map((p) => p.getFirstValue())).toEqual([...new Set([contact.website, contact.source].filter(Boolean))])
      // REV is the day the details were checked.
      expect(String(card.getFirstPropertyValue('rev')).slice(0, 10)).toBe(isoDay(contact.checked))
    })
  }
})
