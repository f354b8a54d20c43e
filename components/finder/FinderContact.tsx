import { According } from '@/components/content/According'
import type { Contact, Localized } from '@/lib/content'
import { publishedOf, readOf } from '@/lib/content/sources'
import { getT } from '@/lib/i18n'
import { VcardLink } from '@/components/content/VcardLink'
import { telUri } from '@/lib/contacts/vcard'

/**
 * A contact in a finder card, compact: who, then e-mail and phone as the first links, so
 * the way to reach someone comes right after the programme's name. The full card (with
 * its source link and date checked) is on the programme page and in the contact directory;
 * this one says whose word it is and as of when.
 */
export function FinderContact({ contact }: { contact: Localized<Contact> }) {
  const lang = contact.pageLang
  const t = getT(lang)
  const contentLang = contact.fallback ? contact.lang : undefined
  return (
    <li data-contact={contact.id}>
      <span className="font-bold" lang={contentLang}>
        {contact.title}
      </span>
      <span className="text-gray-800" lang={contentLang}>
        {' '}
        – {contact.role}
      </span>
      <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {contact.email && (
          <a
            href={`mailto:${contact.email}`}
            className="break-all text-brand-700 underline"
            data-email
          >
            {contact.email}
          </a>
        )}
        {contact.phone && (
          <a href={telUri(contact.phone)} className="text-brand-700 underline" data-phone>
            {contact.phone}
          </a>
        )}
        {!contact.email && !contact.phone && contact.website && (
          <a href={contact.website} className="text-brand-700 underline">
            {t('content:field.website')}
            <span className="sr-only">: {contact.title}</span>
          </a>
        )}
        <VcardLink contact={contact} />
      </span>
      {/* As of when: the source's own date, so an address from 2022 is not read as today's. Plain text: the card lists its sources at the end. */}
      <span className="mt-1 block text-sm text-gray-800" data-contact-source>
        <According
          lang={lang}
          url={contact.source}
          published={publishedOf(contact.sources, contact.source)}
          read={readOf(contact.sources, contact.source)}
          start
          link={false}
        />
      </span>
    </li>
  )
}
