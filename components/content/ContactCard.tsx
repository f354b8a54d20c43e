import { JsonLd } from '@/components/layout/JsonLd'
import { According } from '@/components/content/According'
import type { Contact, Localized } from '@/lib/content'
import { publishedOf, readOf } from '@/lib/content/sources'
import { getT } from '@/lib/i18n'
import { formatDate, isoDay } from '@/lib/i18n/format'
import { contactPointJsonLd } from '@/lib/contacts/json-ld'
import { VcardLink } from './VcardLink'
import { telUri } from '@/lib/contacts/vcard'

/**
 * A contact point: who, role, organisation, how to reach them, a vCard to save, and
 * according to which source and as of when (the date the source gives), and when that was
 * checked. It carries its own schema.org
 * ContactPoint, so every page that shows the card describes it to search engines.
 */
export function ContactCard({
  contact,
  headingLevel = 3,
  primary = true,
}: {
  contact: Localized<Contact>
  headingLevel?: 2 | 3 | 4
  /** The contact's main appearance on the page: it carries the anchor id and the structured data. Off where a contact can appear more than once (the finder). */
  primary?: boolean
}) {
  const lang = contact.pageLang
  const t = getT(lang)
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  const contentLang = contact.fallback ? contact.lang : undefined
  return (
    <div
      id={primary ? contact.id : undefined}
      className="rounded border border-gray-300 bg-white p-4"
      data-contact={contact.id}
    >
      <Heading className="text-lg font-bold" lang={contentLang}>
        {contact.title}
      </Heading>
      <p lang={contentLang}>{contact.role}</p>
      <p className="text-gray-800" lang={contentLang}>
        {contact.organisation}
      </p>
      <ul className="mt-2 space-y-1">
        {contact.email && (
          <li>
            {t('content:field.email')}:{' '}
            <a href={`mailto:${contact.email}`} className="break-all text-brand-700 underline">
              {contact.email}
            </a>
          </li>
        )}
        {contact.phone && (
          <li>
            {t('content:field.phone')}:{' '}
            <a href={telUri(contact.phone)} className="text-brand-700 underline">
              {contact.phone}
            </a>
          </li>
        )}
        {!contact.email && !contact.phone && (
          <li className="text-gray-800">{t('programme:contact.noDetails')}</li>
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
        <li>
          <VcardLink contact={contact} />
        </li>
      </ul>
      {/* What the card says is as of the date its source gives, and was compared with it on `checked`. */}
      <p className="mt-2 text-sm text-gray-800" data-contact-source>
        <According
          lang={lang}
          url={contact.source}
          published={publishedOf(contact.sources, contact.source)}
          read={readOf(contact.sources, contact.source)}
          start
          about={contact.title}
        />
        .{' '}
        <span data-checked>
          {t('programme:contact.checked')}{' '}
          <time dateTime={isoDay(contact.checked)}>{formatDate(lang, contact.checked)}</time>.
        </span>
      </p>
      {primary && <JsonLd data={contactPointJsonLd(contact)} />}
    </div>
  )
}
