/**
 * Whether a page may call a programme open today. "Open" is a claim about now, so it is
 * shown as current only while its source (`statusSource`, dated in `sources` by
 * `published` or `read`) is younger than the limit (lib/content/freshness.ts); otherwise
 * the page says what the source said and when. Closed, discontinued and on-hold are said
 * as they are: they do not need a recent source to stay true (a review does ask for one).
 */
import { isCurrent, sourceDateOf, type SourceDate } from '@/lib/content/freshness'
import type { SourceEntry } from '@/lib/content/sources'
import type { ProgrammeStatus } from './applications'

export type StatusClaim = {
  status: ProgrammeStatus
  /** The date the status's source speaks for, if it has one. */
  date?: SourceDate
  /** False when the page must say the status as of its source, not as today's. */
  confirmed: boolean
}

export function statusClaim(
  p: { status: ProgrammeStatus; statusSource: string; sources?: readonly SourceEntry[] },
  today: string | Date = new Date(),
): StatusClaim {
  const date = sourceDateOf(p.sources, p.statusSource)
  return { status: p.status, date, confirmed: p.status !== 'open' || isCurrent(date, today) }
}
