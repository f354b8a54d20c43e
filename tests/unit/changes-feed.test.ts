/**
 * A document's change notes as Atom entries (lib/content/changes.ts, lib/changes/atom.ts),
 * read back with a real feed parser (tests/unit/atom-reader.ts). The fixture is a fictional
 * agreement with two notes written out of order; its file is not in git, so it has no "new"
 * entry. Two builds on different days give the same entries with the same ids.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Localized } from '@/lib/content'
import { changeNotes, changesOfDocument } from '@/lib/content/changes'
import { atomFeed } from '@/lib/changes/atom'
import { readAtom } from './atom-reader'

const SITE = 'https://internasjonalt.example.no'

/** A fictional agreement, as lib/content hands it to a page (dates as Contentlayer writes them). */
const fixture = {
  type: 'Agreement',
  id: 'testregion',
  slug: 'testregion',
  title: 'Testregion (bare i test)',
  description: 'En oppdiktet avtale for testene.',
  href: '/nb/avtaler/testregion/',
  lang: 'nb',
  pageLang: 'nb',
  fallback: false,
  counties: ['testfylke'],
  changes: [
    // Contentlayer reads "2026-01-15" as midnight in Oslo: 2026-01-14T23:00:00.000Z.
    { date: '2026-01-14T23:00:00.000Z', note: 'Avtalen fikk et nytt tema (testmerknad).' },
    {
      date: '2026-03-11T23:00:00.000Z',
      note: 'Status endret til stilt i bero etter partnerens kunngjøring 12. mars 2026 (testmerknad).',
    },
  ],
  _raw: { sourceFilePath: 'tests/fixtures/not-in-git/agreements/nb/testregion.md' },
} as unknown as Localized

function build(doc: Localized = fixture) {
  return atomFeed({
    lang: 'nb',
    siteUrl: SITE,
    name: 'agreements',
    title: 'Avtaler: endringer – Testnettsted',
    description: 'Endringer i innholdet på Testnettsted, nyeste først.',
    selfUrl: `${SITE}/nb/feed/agreements.xml`,
    pageUrl: `${SITE}/nb/avtaler/`,
    author: 'Testutgiver',
    changes: changesOfDocument(doc),
    emptyUpdated: '2026-01-01',
  })
}

afterEach(() => vi.useRealTimers())

// Each reading starts Python: allow for a busy machine.
describe('change notes as an Atom feed', { timeout: 30_000 }, () => {
  it('lists the notes newest first, whatever their order in the file', () => {
    expect(changeNotes(fixture)).toEqual([
      {
        date: '2026-03-12',
        key: '2026-03-12',
        note: 'Status endret til stilt i bero etter partnerens kunngjøring 12. mars 2026 (testmerknad).',
      },
      { date: '2026-01-15', key: '2026-01-15', note: 'Avtalen fikk et nytt tema (testmerknad).' },
    ])
  })

  it('gives two entries, in order, that a feed parser reads as Atom', () => {
    const feed = readAtom(build())
    expect(feed.bozo, feed.bozoException).toBe(false)
    expect(feed.version).toBe('atom10')
    expect(feed.feed.id).toBe('tag:internasjonalt.example.no,2026:nb/feed/agreements')
    expect(feed.feed.updated).toBe('2026-03-12T00:00:00.000Z')
    expect(feed.feed.links).toContainEqual({
      rel: 'self',
      href: `${SITE}/nb/feed/agreements.xml`,
      type: 'application/atom+xml',
    })
    expect(feed.entries).toEqual([
      {
        id: 'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-03-12',
        title: 'Testregion (bare i test)',
        link: `${SITE}/nb/avtaler/testregion/`,
        updated: '2026-03-12T00:00:00.000Z',
        summary:
          'Status endret til stilt i bero etter partnerens kunngjøring 12. mars 2026 (testmerknad).',
      },
      {
        id: 'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-01-15',
        title: 'Testregion (bare i test)',
        link: `${SITE}/nb/avtaler/testregion/`,
        updated: '2026-01-15T00:00:00.000Z',
        summary: 'Avtalen fikk et nytt tema (testmerknad).',
      },
    ])
  })

  it('gives the same feed, ids included, in two builds on different days', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'))
    const first = build()
    vi.setSystemTime(new Date('2027-02-01T08:30:00Z'))
    const second = build()
    vi.useRealTimers()
    expect(second).toBe(first)
    expect(readAtom(second).entries.map((e) => e.id)).toEqual([
      'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-03-12',
      'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-01-15',
    ])
  })

  it('keeps the ids of earlier notes when a note of the same day is added on top', () => {
    const withThird = {
      ...fixture,
      changes: [
        { date: '2026-03-11T23:00:00.000Z', note: 'Ny kontakt (testmerknad).' },
        ...(fixture as unknown as { changes: object[] }).changes,
      ],
    } as unknown as Localized
    expect(readAtom(build(withThird)).entries.map((e) => [e.id, e.summary])).toEqual([
      [
        'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-03-12-2',
        'Ny kontakt (testmerknad).',
      ],
      [
        'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-03-12',
        'Status endret til stilt i bero etter partnerens kunngjøring 12. mars 2026 (testmerknad).',
      ],
      [
        'tag:internasjonalt.example.no,2026:nb/agreement/testregion/2026-01-15',
        'Avtalen fikk et nytt tema (testmerknad).',
      ],
    ])
  })

  it('escapes a title with & in the HTML the entry carries, so the reader shows it as written', () => {
    const feed = readAtom(build({ ...fixture, title: 'Sør & Nord (test)' } as Localized))
    expect(feed.bozo).toBe(false)
    // The title is of type html: feedparser hands over the HTML, which a reader shows as "Sør & Nord (test)".
    expect(feed.entries[0].title).toBe('Sør &amp; Nord (test)')
  })
})
