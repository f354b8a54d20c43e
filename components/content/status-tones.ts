/**
 * The tone of every status the site shows, in one place: the document pages, the lists
 * and the finder all take them from here. A status is always also said in words
 * (StatusTag); the tone only adds colour.
 */
import type { StrategyStatus } from '@/lib/content/status'
import type { AGREEMENT_STATUSES, PROGRAMME_STATUSES } from '@/lib/content/vocabulary'

export type Tone = 'good' | 'warn' | 'off'

export const STRATEGY_TONE = {
  current: 'good',
  upcoming: 'warn',
  expired: 'off',
} as const satisfies Record<StrategyStatus, Tone>
export const AGREEMENT_TONE = {
  active: 'good',
  'on-hold': 'warn',
  ended: 'off',
} as const satisfies Record<(typeof AGREEMENT_STATUSES)[number], Tone>
export const PROGRAMME_TONE = {
  open: 'good',
  'on-hold': 'warn',
  closed: 'off',
  discontinued: 'off',
} as const satisfies Record<(typeof PROGRAMME_STATUSES)[number], Tone>
