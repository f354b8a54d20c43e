import type { Contact, Localized } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatDate } from '@/lib/i18n/format'

/** A contact point: who, role, organisation, how to reach them, and where that is stated. */
export function ContactCard({ contact, headingLevel = 3 }: { contact: Localized<Contact>; headingLevel?: 2 | 3 }) {
  const lang = contact.pageLang as Lang
  const t = getT(lang)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div id={contact.id} className="rounded border border-gray-300 bg-white p-4" data-contact={contact.id}>
      <Heading className="text-lg font-bold" lang={contact.fallback ? contact.lang : undefined}>
        {contact.title}
      </Heading>
      <p>{contact.role}</p>
      <p className="text-gray-800">{contact.organisation}</p>
      <ul className="mt-2 space-y-1">
        {contact.email && (
          <li>
            {t('content:field.email')}:{' '}
            <a href={`mailto:${contact.email}`} className="text-brand-700 underline">
              {contact.email}
            </a>
          </li>
        )}
        {contact.phone && (
          <li>
            {t('content:field.phone')}:{' '}
            <a href={`tel:${contact.phone.replace(/\s+/g, '')}`} className="text-brand-700 underline">
              {contact.phone}
            </a>
          </li>
        )}
        {contact.website && (
          <li>
            <a href={contact.website} className="text-brand-700 underline">
              {t('content:field.website')}
              {/* Context for screen reader link lists, where the link is read on its own. */}
              <span className="sr-only">: {contact.title}</span>
            </a>
          </li>
        )}
      </ul>
      <p className="mt-2 text-sm text-gray-700">
        <a href={contact.source} className="underline">
          {t('content:field.source')}
          <span className="sr-only">: {contact.title}</span>
        </a>{' '}
        · {t('content:field.checked')}: <time dateTime={contact.checked.slice(0, 10)}>{formatDate(lang, contact.checked)}</time>
      </p>
    </div>
  )
}
