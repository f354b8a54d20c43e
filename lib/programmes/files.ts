/**
 * Where the generated calendar files live. They are written by a route handler at build
 * time (static export), one set per language, since their text (event titles) is in the
 * page's language.
 */
import type { Lang } from '@/lib/i18n'

/** The file name of the calendar that holds every programme's rounds. */
export const ALL_CALENDAR = 'all'

export function calendarHref(lang: Lang, programmeId: string = ALL_CALENDAR): string {
  return `/${lang}/calendar/${programmeId}.ics`
}

/** The webcal:// form of a calendar's http(s) address: calendar apps open it as a subscription, not a download. */
export function webcalUrl(address: string): string {
  return address.replace(/^https?:\/\//, 'webcal://')
}
