/**
 * An Atom feed (RFC 4287) of changes, written with the `feed` library. Every date in it
 * comes from the content or its history (a note's date, a file's first commit), never the
 * build time, and every entry's id is a tag URI (RFC 4151) made of the document's id and the
 * note's key, so a feed reader sees an entry once however often the site is rebuilt.
 */
import { Feed } from 'feed'
import type { SiteChange } from '../content/changes'
import { getT, type Lang } from '../i18n'

/**
 * The date in the tag URIs: the year the site began to name its entries so (RFC 4151 asks
 * for a day on which the name was the site's). Never change it: every id would change.
 */
const TAG_DATE = '2026'

/** tag:<host>,2026:<lang>/<rest>: a name that stays the same when the page's address changes. */
export function tagUri(siteUrl: string, lang: Lang, rest: string): string {
  return `tag:${new URL(siteUrl).hostname},${TAG_DATE}:${lang}/${rest}`
}

/** The id of a change's entry: its document (type and id, not slug) and the note's key, or "new". */
export function entryId(siteUrl: string, lang: Lang, change: SiteChange): string {
  return tagUri(siteUrl, lang, `${change.doc.type.toLowerCase()}/${change.doc.id}/${change.key}`)
}

/** A day (YYYY-MM-DD) as the instant Atom needs: midnight UTC of that day. */
const instant = (day: string) => new Date(`${day}T00:00:00Z`)

/** Atom's type="html" text is HTML: a title with "&" or "<" must be escaped. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export type AtomInput = {
  lang: Lang
  siteUrl: string
  /** The feed's own name, e.g. "all", "county-nordland" (part of its id). */
  name: string
  title: string
  description: string
  /** Absolute URL of the feed file (rel="self") and of the page that lists the same changes. */
  selfUrl: string
  pageUrl: string
  author: string
  changes: readonly SiteChange[]
  /** The feed's <updated> when it has no entries (YYYY-MM-DD): a date from the content. */
  emptyUpdated: string
}

export function atomFeed(input: AtomInput): string {
  const t = getT(input.lang)
  const newest = input.changes.reduce(
    (max, c) => (c.date > max ? c.date : max),
    input.changes.length ? '' : input.emptyUpdated,
  )
  const feed = new Feed({
    id: tagUri(input.siteUrl, input.lang, `feed/${input.name}`),
    title: input.title,
    description: input.description,
    link: input.pageUrl,
    feedLinks: { atom: input.selfUrl },
    language: input.lang,
    updated: instant(newest),
    author: { name: input.author },
    generator: false,
  })
  for (const c of input.changes) {
    const url = new URL(c.doc.href, input.siteUrl).toString()
    feed.addItem({
      id: entryId(input.siteUrl, input.lang, c),
      title: escapeHtml(c.kind === 'new' ? `${t('changes:new')}: ${c.doc.title}` : c.doc.title),
      link: url,
      date: instant(c.date),
      description: escapeHtml(c.kind === 'new' ? c.doc.description : (c.note ?? '')),
    })
  }
  return feed.atom1()
}
