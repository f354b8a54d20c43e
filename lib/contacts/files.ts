/**
 * Where a contact's vCard lives: written by a route handler at build time (static
 * export), one per language, since its text (role, note) is in the page's language.
 */
import type { Lang } from '@/lib/i18n'

export function vcardHref(lang: Lang, contactId: string): string {
  return `/${lang}/vcard/${contactId}.vcf`
}
