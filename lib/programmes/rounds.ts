/** Application rounds from the content, as the finder and calendar ask about them. */
import { isoDay } from '@/lib/i18n/format'

type Round = { title: string; opens?: string; deadline: string; url: string }

/** The round with the soonest deadline on or after `today` (the build day), if any. */
export function nextRound<R extends Round>(
  rounds: readonly R[] | undefined,
  today: Date = new Date(),
): R | undefined {
  const day = isoDay(today)
  return [...(rounds ?? [])]
    .filter((r) => isoDay(r.deadline) >= day)
    .sort((a, b) => isoDay(a.deadline).localeCompare(isoDay(b.deadline)))[0]
}
