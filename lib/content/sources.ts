/**
 * The date a source gives for itself (`sources[].published`), looked up for a fact that
 * cites the source by its URL (a contact's `source`, a programme's `statusSource`, a
 * rate's `source`, …), so a page can say "according to <source>, <date>".
 */
export type SourceEntry = { url: string; published?: string; read?: string }

/** The same page, whether written with or without a trailing slash. */
export const samePage = (a: string, b: string) => a.replace(/\/$/, '') === b.replace(/\/$/, '')

/** The `published` date of the listed source with this URL, if it is listed with one. */
export function publishedOf(
  sources: readonly SourceEntry[] | undefined,
  url: string,
): string | undefined {
  return sources?.find((s) => samePage(s.url, url))?.published
}

/** What a reader sees as the source's name: the host of a URL ("interreg.no"), or the citation itself. */
export function sourceName(url: string): string {
  if (!/^https?:\/\//.test(url)) return url
  return new URL(url).hostname.replace(/^www\./, '')
}

/** The day the listed source with this URL was read, if it gives no date and one is recorded. */
export function readOf(
  sources: readonly SourceEntry[] | undefined,
  url: string,
): string | undefined {
  const source = sources?.find((s) => samePage(s.url, url))
  return source?.published === undefined ? source?.read : undefined
}
