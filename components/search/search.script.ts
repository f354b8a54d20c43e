/**
 * Site search, progressive enhancement of the search page (/nb/sok/, /en/search/).
 * Bundled into /js/search.js by scripts/bundle-scripts.ts.
 *
 * The page's HTML works without this script (it explains that search needs JavaScript
 * and links to the lists). This script shows the form, loads Pagefind's JS API from the
 * same origin (/pagefind/, built into out/ after `next build`) and renders the results.
 * Pagefind picks the index of the page's <html lang>, so each language searches only its
 * own pages. The query lives in ?q=, so a search can be shared and the back button works.
 * Texts come from the root's data-messages (lib/page-script/messages.ts); no string lives here.
 */
import { currentParams, keepStateOnLanguageLink } from '@/lib/page-script/language-link'
import { fill, readMessages } from '@/lib/page-script/messages'
import type { Pagefind, PagefindResultData } from '@/lib/search/pagefind'
import type { SearchMessages } from '@/lib/search/messages'

/** Results shown at most: enough for a site of this size, and each one costs a request. */
const MAX_RESULTS = 20
/** Matching sections (headings with an id) shown under a result at most. */
const MAX_SECTIONS = 3
/** Wait this long after the last keystroke before searching while typing. */
const TYPING_DELAY_MS = 300
/** Pagefind's API, from the same origin; a variable, so the bundler leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js'

const root = document.getElementById('search')
if (root) start(root)

function start(root: HTMLElement) {
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T
  const messages = readMessages<SearchMessages>(root)
  const message = (key: keyof SearchMessages, values?: Record<string, string | number>) => fill(messages[key] ?? '', values)

  /** The script runs: the form replaces the explanation; the lists show only when needed. */
  function enhance(showLists: boolean) {
    $('search-form').hidden = false
    $('search-noscript').hidden = true
    $('search-lists').hidden = !showLists
  }
  function show(text: string, items: Node[] | null, showLists: boolean) {
    enhance(showLists)
    $('search-status').textContent = text
    if (items) $('search-results').replaceChildren(...items)
  }

  let pagefindPromise: Promise<Pagefind> | undefined
  /** Loads Pagefind once, on first use. */
  function loadPagefind(): Promise<Pagefind> {
    pagefindPromise ??= (import(PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24, excerptEllipsis: '…', exactDiacritics: true })
      await pagefind.init()
      return pagefind
    })
    return pagefindPromise
  }

  function queryFromUrl(): string {
    return (new URLSearchParams(location.search).get('q') || '').trim()
  }

  /** The URL of the search page with ?q= (or without it, for an empty query). */
  function urlFor(query: string): string {
    const url = new URL(location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    return url.pathname + url.search + url.hash
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li')
    li.className = 'border-b border-gray-300 py-4'
    if (data.meta.kind) {
      const kind = document.createElement('p')
      kind.className = 'text-sm font-bold uppercase tracking-wide text-gray-700'
      kind.textContent = data.meta.kind
      li.append(kind)
    }
    const heading = document.createElement('h2')
    heading.className = 'text-xl font-bold'
    const link = document.createElement('a')
    link.href = data.url
    link.className = 'text-brand-700 underline'
    link.textContent = data.meta.title || data.url
    heading.append(link)
    const excerpt = document.createElement('p')
    excerpt.className = 'mt-1'
    // Pagefind's excerpt is the page's text, escaped, with the matches in <mark>.
    excerpt.innerHTML = data.excerpt
    li.append(heading, excerpt)
    // Sections of the page that match (e.g. a strategy's priority), linked to directly.
    const sections = (data.sub_results || []).filter((sub) => sub.url.includes('#')).slice(0, MAX_SECTIONS)
    if (sections.length > 0) {
      const ul = document.createElement('ul')
      ul.className = 'mt-2 list-disc space-y-1 pl-5'
      for (const sub of sections) {
        const item = document.createElement('li')
        const subLink = document.createElement('a')
        subLink.href = sub.url
        subLink.className = 'text-brand-700 underline'
        subLink.textContent = sub.title
        item.append(subLink)
        ul.append(item)
      }
      li.append(ul)
    }
    return li
  }

  let latest = 0
  async function run(query: string) {
    const ticket = ++latest
    if (!query) return show('', [], false)
    show(message('loading'), null, false)
    try {
      performance.mark('search:start')
      const pagefind = await loadPagefind()
      const search = await pagefind.search(query)
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()))
      if (ticket !== latest) return // a newer search has started: its results win
      const count = search.results.length
      const text = count === 0 ? message('none', { query }) : message(count === 1 ? 'one' : 'other', { count, query })
      show(text, data.map(renderResult), count === 0)
      // For `npm run bench`: when the first result was on screen.
      if (count > 0 && performance.getEntriesByName('search:first-result').length === 0) performance.mark('search:first-result')
    } catch (error) {
      if (ticket !== latest) return
      console.error(error)
      show(message('error'), [], true)
    }
  }

  // History: the first keystroke after a finished search (loaded, submitted or come back
  // to) adds an entry; further keystrokes replace it. So back returns to the last search.
  let committed = true
  function updateUrl(query: string) {
    if (query === queryFromUrl()) return
    history[committed ? 'pushState' : 'replaceState'](null, '', urlFor(query))
    committed = false
  }

  const field = () => $<HTMLInputElement>('search-q')
  let typingTimer: ReturnType<typeof setTimeout> | undefined
  document.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement
    if (target.id !== 'search-q') return
    clearTimeout(typingTimer)
    typingTimer = setTimeout(() => {
      const query = target.value.trim()
      updateUrl(query)
      run(query)
    }, TYPING_DELAY_MS)
  })

  document.addEventListener('submit', (event) => {
    if ((event.target as HTMLElement).id !== 'search-form') return
    event.preventDefault()
    clearTimeout(typingTimer)
    const query = field().value.trim()
    updateUrl(query)
    committed = true
    run(query)
  })

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer)
    committed = true
    field().value = queryFromUrl()
    run(queryFromUrl())
  })

  // The language link keeps the query (?q=): the same words are searched in the other language's index.
  keepStateOnLanguageLink(() => currentParams(['q']))

  enhance(false)
  field().value = queryFromUrl()
  run(queryFromUrl())
}
