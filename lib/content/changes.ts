/**
 * What changed, and when: each document's change notes (`changes` in its front matter,
 * written by an editor for a substantive change) and the day it first appeared on the site
 * (its file's first commit, lib/content/history.ts). One list per language, newest first,
 * read by the document pages, the What's new page and the Atom feeds.
 */
import type { Lang } from '../i18n/config'
import { isoDay } from '../i18n/format'
import { firstCommitDay } from './history'
import { allLocalized, type Localized } from './index'

/** One change note of a document, as the page shows it. */
export type ChangeNote = { date: string; note: string; key: string }

/** One entry of the list of changes: a note, or a document that is new. */
export type SiteChange = {
  kind: 'note' | 'new'
  /** YYYY-MM-DD: the note's date, or the day the document's file was first committed. */
  date: string
  /** The editor's sentence (for a note). */
  note?: string
  doc: Localized
  /**
   * Stable within the document and language: the note's date (with -2, -3 … for further notes
   * of one day, counted from the oldest), or "new"; never the build time or the list's order.
   */
  key: string
  /** The ids of the county councils the document names (its own id, for a county council). */
  counties: string[]
}

/** A document's change notes, newest first; notes of one day keep the order of the file. */
export function changeNotes(doc: Localized): ChangeNote[] {
  const raw = (doc.changes ?? []).map((c, i) => ({
    date: isoDay(c.date),
    note: c.note,
    i,
  }))
  // Keys count the notes of a day from the oldest (the last written, since the newest goes on top),
  // so adding a note on the same day leaves the earlier notes' keys as they were.
  const seen = new Map<string, number>()
  const keyed = [...raw].reverse().map((c) => {
    const n = (seen.get(c.date) ?? 0) + 1
    seen.set(c.date, n)
    return { ...c, key: n === 1 ? c.date : `${c.date}-${n}` }
  })
  return keyed
    .sort((a, b) => b.date.localeCompare(a.date) || a.i - b.i)
    .map(({ date, note, key }) => ({ date, note, key }))
}

/** The county councils a document names: the one it is, belongs to, holds it or takes part. */
export function countiesOf(doc: Localized): string[] {
  switch (doc.type) {
    case 'County':
      return [doc.id]
    case 'Strategy':
      return [doc.county]
    case 'Agreement':
      return [...doc.counties]
    case 'Network':
      return doc.members.map((m) => m.county)
    case 'Programme':
      return (doc.counties ?? []).map((c) => c.county)
    case 'Contact':
      return doc.county ? [doc.county] : []
    default:
      return []
  }
}

/** The changes of one document in its page's language: its notes, and when it was new. */
export function changesOfDocument(doc: Localized): SiteChange[] {
  const counties = [...new Set(countiesOf(doc))]
  const notes: SiteChange[] = changeNotes(doc).map((n) => ({
    kind: 'note',
    date: n.date,
    note: n.note,
    doc,
    key: n.key,
    counties,
  }))
  const first = firstCommitDay(doc._raw.sourceFilePath)
  const added: SiteChange[] = first ? [{ kind: 'new', date: first, doc, key: 'new', counties }] : []
  return [...notes, ...added]
}

/**
 * Every change of the site in a language, newest first; on one day notes come before new
 * documents, then by title. A fallback text's notes are listed in its own language.
 */
export function siteChanges(lang: Lang): SiteChange[] {
  return allLocalized()
    .filter((d) => d.pageLang === lang)
    .flatMap(changesOfDocument)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        (a.kind === b.kind ? 0 : a.kind === 'note' ? -1 : 1) ||
        a.doc.title.localeCompare(b.doc.title, lang) ||
        a.key.localeCompare(b.key),
    )
}
