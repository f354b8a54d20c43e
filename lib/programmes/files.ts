/**
 * Where the generated contact and calendar files live. They are written by route
 * handlers at build time (static export), one set per language, since their text
 * (roles, event titles) is in the page's language.
 */
import type { Lang } from '@/lib/i18n'

/** The file name of the calendar that holds every programme's rounds. */
export const ALL_CALENDAR = 'all'

export function vcardHref(lang: Lang, contactId: string): string {
  return `/${lang}/vcard/${contactId}.vcf`
}

export function calendarHref(lang: Lang, programmeId: string = ALL_CALENDAR): string {
  return `/${lang}/calendar/${programmeId}.ics`
}

/** "nora.ics" → "nora", or undefined when the file name has another extension. */
export function idFromFile(file: string, extension: 'vcf' | 'ics'): string | undefined {
  const suffix = `.${extension}`
  return file.endsWith(suffix) ? file.slice(0, -suffix.length) : undefined
}

/** The webcal:// form of a calendar's http(s) address: calendar apps open it as a subscription, not a download. */
export function webcalUrl(address: string): string {
  return address.replace(/^https?:\/\//, 'webcal://')
}
