/**
 * schema.org data for contacts: the organisation and its ContactPoint, built only
 * from the content's fields (nothing a source does not give).
 */
import type { Contact, Localized } from '@/lib/content'

export function contactPointJsonLd(contact: Localized<Contact>) {
  const point = {
    '@type': 'ContactPoint',
    name: contact.title,
    contactType: contact.role,
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { telephone: contact.phone.replace(/\s+/g, '') } : {}),
    ...(contact.website ? { url: contact.website } : {}),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: contact.organisation,
    contactPoint: point,
  }
}
