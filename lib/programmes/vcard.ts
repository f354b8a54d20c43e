/**
 * A contact as a vCard 4.0 (RFC 6350), written with the vcard4 library so escaping,
 * folding and line endings follow the standard. Only facts from the content go in.
 */
import {
  DateTimeType,
  EmailProperty,
  FNProperty,
  KindProperty,
  NoteProperty,
  OrgProperty,
  RevProperty,
  RoleProperty,
  SpecialValueType,
  TelProperty,
  TextType,
  URIType,
  URLProperty,
  VCARD,
} from 'vcard4'
import type { Contact, Localized } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/format'
import { isoDay } from '@/lib/i18n/format'

/** "+47 75 65 00 00" → "tel:+4775650000" (the tel: URI has no spaces). */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`
}

export function contactVCard(contact: Localized<Contact>): string {
  const lang = contact.pageLang as Lang
  const t = getT(lang)
  const checked = isoDay(contact.checked)
  // vcard4 escapes ":" in text values (RFC 6350 does not), so the note has no URL: the source is a URL property.
  const note = t('programme:vcard.note', { checked: formatDate(lang, contact.checked) })
  const urls = [...new Set([contact.website, contact.source].filter((u): u is string => Boolean(u)))]
  const props = [
    new KindProperty([], new SpecialValueType('kindproperty', contact.kind === 'person' ? 'individual' : 'org')),
    new FNProperty([], new TextType(contact.title)),
    new OrgProperty([], new SpecialValueType('orgproperty', [new TextType(contact.organisation)])),
    new RoleProperty([], new TextType(contact.role)),
    ...(contact.email ? [new EmailProperty([], new TextType(contact.email))] : []),
    ...(contact.phone ? [new TelProperty([], new URIType(telUri(contact.phone)))] : []),
    ...urls.map((u) => new URLProperty([], new URIType(u))),
    new NoteProperty([], new TextType(note)),
    // REV: when the details were last checked against their source.
    new RevProperty([], new DateTimeType('timestamp', `${checked.replace(/-/g, '')}T000000Z`)),
  ]
  return new VCARD(props as ConstructorParameters<typeof VCARD>[0]).repr()
}
