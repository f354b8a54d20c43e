/**
 * Facts that stay true: a status, a contact, a yearly deadline or a county's role is as old
 * as its source (`published`, or else `read`). Past 18 months it goes on the review queue
 * with file, field and reason, and a page says "open" only from a recent source. Fixtures:
 * tests/fixtures/source-age/aged (a status source from November 2024, a contact source
 * from March 2022, a round whose deadline has passed) and .../fresh (the same facts from
 * newer sources). "Today" is fixed at 2026-12-02.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { reviewFindings } from '@/lib/checker/review'
import { loadContent } from '@/lib/checker/validate/load'
import { isCurrent, staleFrom } from '@/lib/content/freshness'
import { statusClaim } from '@/lib/programmes/status'
import { NODE_MODULES } from './node-modules'

const root = process.cwd()
const TSX = join(NODE_MODULES, 'tsx/dist/cli.mjs')
const TODAY = '2026-12-02'
const AGED = 'tests/fixtures/source-age/aged/content'
const FRESH = 'tests/fixtures/source-age/fresh/content'
const run = promisify(execFile)

async function review(dir: string, ...args: string[]) {
  const r = await run(
    process.execPath,
    [TSX, join(root, 'scripts/review.ts'), '--today', TODAY, ...args, dir],
    { cwd: root },
  )
  return r.stdout
}

describe('sources age', () => {
  it('a source is current for 18 months from the first day its date can mean', () => {
    expect(staleFrom('2022-03')).toBe('2023-09-01')
    expect(staleFrom('2024')).toBe('2025-07-01')
    expect(staleFrom('2025-06-15')).toBe('2026-12-15')
    expect(isCurrent({ date: '2025-06-15', kind: 'published' }, '2026-12-14')).toBe(true)
    expect(isCurrent({ date: '2025-06-15', kind: 'published' }, '2026-12-15')).toBe(false)
    expect(isCurrent(undefined, '2026-12-02')).toBe(false)
  })

  it('npm run review lists the aged status, the 2022 contact and the past round, with file, field and reason', async () => {
    const out = await review(AGED)
    expect(out).toMatch(/^Til gjennomgang: 4 punkter, det eldste først \(i dag er 2026-12-02\)/)
    expect(out).toContain(
      `1. ${AGED}/contacts/nb/testkontakt.md (siden 2023-09-01)\n   source: kontakten bygger på https://example.org/kontakt (2022-03), en kilde eldre enn 18 måneder`,
    )
    expect(out).toContain(
      `${AGED}/programmes/nb/testprogram.md (siden 2026-05-01)\n   statusSource: status er open ifølge https://example.org/status (2024-11), en kilde eldre enn 18 måneder`,
    )
    expect(out).toContain(
      `${AGED}/programmes/nb/testprogram.md (siden 2026-05-01)\n   recurringRounds[0].source: de faste fristene for «Hovedprosjekter» bygger på https://example.org/frister (2024-11)`,
    )
    expect(out).toContain(
      `4. ${AGED}/programmes/nb/testprogram.md (siden 2026-11-15)\n   rounds[0].deadline: fristen 2026-11-15 for «Høstrunden 2026» er passert`,
    )
  }, 60_000)

  it('says the same in English', async () => {
    const out = await review(AGED, '--lang', 'en')
    expect(out).toContain(
      'source: the contact rests on https://example.org/kontakt (2022-03), a source older than 18 months',
    )
    expect(out).toContain(
      'statusSource: the status is open according to https://example.org/status (2024-11), a source older than 18 months',
    )
  }, 60_000)

  it('fresh sources take them out: nothing to review', async () => {
    expect((await review(FRESH)).trim()).toBe(
      'Ingenting å gå gjennom i dag (2026-12-02): alt er sammenlignet med kildene de siste 12 månedene, ingen periode, frist eller rolle har gått ut, og ingen status, kontakt, rolle eller fast frist bygger på en kilde eldre enn 18 måneder.',
    )
    const { files } = loadContent([FRESH], root)
    expect(reviewFindings(files, TODAY)).toEqual([])
  }, 60_000)

  it('a page calls a programme open only while its status source is recent', () => {
    const p = (published: string) => ({
      status: 'open' as const,
      statusSource: 'https://example.org/status',
      sources: [{ url: 'https://example.org/status', published }],
    })
    expect(statusClaim(p('2024-03'), '2026-12-02')).toEqual({
      status: 'open',
      date: { date: '2024-03', kind: 'published' },
      confirmed: false,
    })
    expect(statusClaim(p('2026-10'), '2026-12-02').confirmed).toBe(true)
    // Undated and unread: not confirmed either.
    expect(
      statusClaim(
        { status: 'open', statusSource: 'https://example.org/status', sources: [] },
        '2026-12-02',
      ).confirmed,
    ).toBe(false)
    // "No further calls" stays true without a new source.
    expect(statusClaim({ ...p('2024-03'), status: 'closed' }, '2026-12-02').confirmed).toBe(true)
  })
})
