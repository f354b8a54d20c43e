import { ContactCard } from '@/components/content/ContactCard'
import { getContacts } from '@/lib/content'
import type { Lang } from '@/lib/i18n'

/** The contact directory: every contact as a card, anchored by its id (contacts have no page of their own). */
export function ContactDirectory({ lang }: { lang: Lang }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {getContacts(lang).map((c) => (
        <ContactCard key={c.id} contact={c} headingLevel={2} />
      ))}
    </div>
  )
}
