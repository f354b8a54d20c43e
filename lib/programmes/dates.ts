/**
 * Content dates are instants: Contentlayer reads "2026-11-01" as midnight in Oslo
 * (2026-10-31T23:00:00Z). The calendar day they name is the day in Oslo, not the
 * first ten characters of the ISO string.
 */
import { TIME_ZONE } from '@/lib/i18n/config'

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** "2026-10-31T23:00:00Z" → "2026-11-01" */
export function isoDay(value: string | Date): string {
  return dayFormat.format(new Date(value))
}
