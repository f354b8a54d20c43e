/**
 * A contact as a vCard 3.0 (RFC 2426), written with ical.js (which also parses it in the
 * tests), so escaping, folding and CRLF line ends follow the standard.
 *
 * Why 3.0: it is the version that iPhone Contacts, Google Contacts on Android and Outlook
 * all import; Outlook for Windows reads vCard 2.1 and 3.0 but not 4.0, and 3.0 is UTF-8
 * throughout (2.1 needs a charset on each line). See README, "Contact files".
 * Only facts from the content go in.
 */
import ICAL from 'ical.js'
import { getProgrammesByIds, type Contact, type Localized } from '@/lib/content'
import { publishedOf } from '@/lib/content/sources'
import { getT } from '@/lib/i18n'
import { formatDate, formatPartialDate, isoDay } from '@/lib/i18n/format'

/** "+47 75 65 00 00" → "tel:+4775650000" (the tel: URI has no spaces). */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`
}

/**
 * The vCard TYPE of a Norwegian phone number: mobile numbers begin with 4 or 9 (the
 * national numbering plan), other numbers are taken as landlines at work.
 */
export function phoneTypes(phone: string): string[] {
  const digits = phone.replace(/\s+/g, '')
  return /^\+47[49]\d{7}$/.test(digits) ? ['WORK', 'CELL', 'VOICE'] : ['WORK', 'VOICE']
}

/** The organisation without the town the content may still append ("Troms fylkeskommune, Tromsø" → "Troms fylkeskommune"). */
export function organisationName(organisation: string, locality?: string): string {
  return locality
    ? organisation.replace(
        new RegExp(`,\\s*${locality.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        '',
      )
    : organisation
}

/** A person's name as vCard N parts: the last word is the family name, the rest given names. An office has none. */
export function nameParts(
  contact: Pick<Contact, 'kind' | 'title'>,
): [string, string, string, string, string] {
  if (contact.kind !== 'person') return ['', '', '', '', '']
  const words = contact.title.trim().split(/\s+/)
  return [
    words.length > 1 ? words[words.length - 1] : contact.title,
    words.slice(0, -1).join(' '),
    '',
    '',
    '',
  ]
}

export function contactVCard(contact: Localized<Contact>): string {
  const lang = contact.pageLang
  const t = getT(lang)
  const card = new ICAL.Component('vcard')
  // ical.js does not escape ";" in vCard 3.0 text, which RFC 2426 requires: a text value never carries one.
  const text = (s: string) => s.replace(/;/g, ',')
  const add = (name: string, value: string | string[], type?: string[]) => {
    const property = new ICAL.Property(name)
    property.setValue(Array.isArray(value) ? value.map(text) : text(value))
    if (type) property.setParameter('type', type)
    card.addProperty(property)
    return property
  }
  const organisation = organisationName(contact.organisation, contact.locality)
  // The programme's own site: where the contact's card leads, not the page that named the contact.
  const programmes = getProgrammesByIds(lang, contact.programmes)
  const url = programmes[0]?.website ?? contact.website
  const published = publishedOf(contact.sources, contact.source)
  const note = t('programme:vcard.note', {
    role: contact.role.replace(/\.$/, ''),
    source: contact.source,
    published: published
      ? t('programme:vcard.published', { date: formatPartialDate(lang, published) })
      : '',
    checked: formatDate(lang, contact.checked),
    site: t('site.name'),
  })

  add('version', '3.0')
  // A stable UID: importing the card again updates the contact instead of adding a copy.
  add('uid', `urn:internasjonalt-samarbeid:contact:${contact.id}`)
  add('fn', contact.title)
  add('n', nameParts(contact))
  add('org', [organisation])
  add('title', contact.role)
  // Apple Contacts shows an office as a company, not as a person named after it.
  if (contact.kind === 'office') add('x-abshowas', 'COMPANY')
  if (contact.email) add('email', contact.email, ['INTERNET', 'WORK'])
  if (contact.phone) add('tel', contact.phone, phoneTypes(contact.phone))
  if (contact.locality) add('adr', ['', '', '', contact.locality, '', '', ''], ['WORK'])
  if (url) add('url', url)
  add('note', note)
  // REV: when the details were last checked against their source.
  add('rev', `${isoDay(contact.checked)}T00:00:00Z`)
  return card.toString() + '\r\n'
}
