import { ContactCard } from '@/components/content/ContactCard'
import { WebLink } from '@/components/content/WebLink'
import { HeadedSection } from '@/components/layout/HeadedSection'
import { contactsOfCounty, type County, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'

/** Whom to ask about the county council's international work: its contacts in the content, an office first; or its website. */
export function CountyContacts({ county }: { county: Localized<County> }) {
  const lang = county.pageLang
  const t = getT(lang)
  const contacts = contactsOfCounty(lang, county.id)
  return (
    <HeadedSection id="contact" heading={t('counties:contact.heading')} data-county-contact>
      {contacts.length > 0 ? (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {contacts.map((c) => (
            <ContactCard key={c.id} contact={c} />
          ))}
        </div>
      ) : (
        <p className="mt-3">
          {t('counties:contact.none', { county: county.title })}{' '}
          <WebLink href={county.website} className="break-all" />
        </p>
      )}
    </HeadedSection>
  )
}
