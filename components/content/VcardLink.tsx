import type { Contact, Localized } from '@/lib/content'
import { vcardHref } from '@/lib/contacts/files'
import { getT } from '@/lib/i18n'

/**
 * "Lagre kontakten (vCard)": the contact's card file, for an address book. The contact's
 * name follows for screen reader link lists, where the link is read on its own.
 */
export function VcardLink({ contact }: { contact: Localized<Contact> }) {
  const lang = contact.pageLang
  return (
    <a
      href={vcardHref(lang, contact.id)}
      download={`${contact.id}.vcf`}
      className="text-brand-700 underline"
      data-vcard
    >
      {getT(lang)('programme:contact.vcard')}
      <span className="sr-only">: {contact.title}</span>
    </a>
  )
}
