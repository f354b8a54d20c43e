/**
 * The language link keeps a page's state (the finder's filters, the search query): when a
 * reader is about to follow it (pointer over, focus, click), its href gets the current
 * values of the named query parameters. The values are ids or the reader's own words, the
 * same in every language, so they carry over as they are. Browser code for page scripts.
 */

/** Rewrites the other language's link (an `a[hreflang]` that is not the current language) with `state()`'s query. */
export function keepStateOnLanguageLink(state: () => URLSearchParams): void {
  const update = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[hreflang]')
    if (!(link instanceof HTMLAnchorElement) || link.getAttribute('aria-current')) return
    const url = new URL(link.href, location.href)
    url.search = state().toString()
    link.href = url.pathname + url.search + url.hash
  }
  for (const type of ['mouseover', 'focusin', 'click', 'auxclick'])
    document.addEventListener(type, update)
}

/** The named parameters of the current URL, for `keepStateOnLanguageLink`. */
export function currentParams(names: readonly string[]): URLSearchParams {
  const now = new URLSearchParams(location.search)
  const kept = new URLSearchParams()
  for (const name of names) {
    const value = now.get(name)
    if (value) kept.set(name, value)
  }
  return kept
}
