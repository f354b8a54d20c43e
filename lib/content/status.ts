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

type Dated = { period: { from: number; to: number } }

/**
 * The strategy a county's page shows, with its status: one that applies now (the newest,
 * if more do), else the next one to apply, else the newest that has ended; undefined
 * when the county has none.
 */
export function strategyToShow<T extends Dated>(
  strategies: readonly T[],
  countyDissolved: number | undefined,
  today: Date = new Date(),
): { strategy: T; status: StrategyStatus } | undefined {
  const rated = strategies.map((strategy) => ({
    strategy,
    status: strategyStatus(strategy.period, countyDissolved, today),
  }))
  const newestFirst = (a: { strategy: T }, b: { strategy: T }) =>
    b.strategy.period.to - a.strategy.period.to || b.strategy.period.from - a.strategy.period.from
  const soonestFirst = (a: { strategy: T }, b: { strategy: T }) =>
    a.strategy.period.from - b.strategy.period.from
  return (
    rated.filter((r) => r.status === 'current').sort(newestFirst)[0] ??
    rated.filter((r) => r.status === 'upcoming').sort(soonestFirst)[0] ??
    rated.sort(newestFirst)[0]
  )
}
