/** A strategy's status, computed from its period and, if the county was dissolved, that year. */
export type StrategyStatus = 'current' | 'expired' | 'upcoming'

export function strategyStatus(
  period: { from: number; to: number },
  countyDissolved: number | undefined,
  today: Date = new Date(),
): StrategyStatus {
  const year = today.getFullYear()
  // A strategy cannot outlive the county that adopted it.
  const lastYear = countyDissolved !== undefined ? Math.min(period.to, countyDissolved) : period.to
  if (year < period.from) return 'upcoming'
  if (year > lastYear) return 'expired'
  return 'current'
}
