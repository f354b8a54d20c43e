/**
 * Whether a programme is offered as one to apply to: the one rule the county pages ("can
 * apply") and the finder (its results, with JavaScript and without) share. A programme
 * that has announced no further calls (closed) or has stopped (discontinued) is never
 * offered; it may be named apart, as one that takes no applications. One that has no call
 * open now but may have one again (on-hold) is offered, with its status beside it.
 *
 * Pure, with no import but the vocabulary, so the finder's page script can bundle it.
 */
import type { PROGRAMME_STATUSES } from '@/lib/content/vocabulary'

export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number]

const TAKES_APPLICATIONS = {
  open: true,
  'on-hold': true,
  closed: false,
  discontinued: false,
} as const satisfies Record<ProgrammeStatus, boolean>

/** Whether a programme with this status may be offered as one to apply to. */
export function takesApplications(status: ProgrammeStatus): boolean {
  return TAKES_APPLICATIONS[status]
}

/** The programmes to offer, in their order. */
export function offeredProgrammes<T extends { status: ProgrammeStatus }>(
  programmes: readonly T[],
): T[] {
  return programmes.filter((p) => takesApplications(p.status))
}

/** The programmes that take no applications (closed or discontinued), in their order. */
export function notTakingApplications<T extends { status: ProgrammeStatus }>(
  programmes: readonly T[],
): T[] {
  return programmes.filter((p) => !takesApplications(p.status))
}
