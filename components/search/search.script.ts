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
import type { SearchMessages } from '@/lib/search/messages'
import { fill, readMessages } from '@/lib/page-script/messages'
import type {
  Pagefind,
  PagefindIndex,
  PagefindOptions,
  PagefindResultData,
} from '@/lib/search/pagefind'
import type { Lang } from '@/lib/i18n/config'
import { holdsTerms, preciseScore, remark, resultStems } from '@/lib/search/precise'
import { HISTORICAL_FACTOR, queryTerms, suggestQueries } from '@/lib/search/suggest'

/** Results shown at most: enough for a site of this size, and each one costs a request. */
const MAX_RESULTS = 20
/** Matching sections (headings with an id) shown under a result at most. */
const MAX_SECTIONS = 3
/** Wait this long after the last keystroke before searching while typing. */
const TYPING_DELAY_MS = 300
/** Fewer real results than this, and the page suggests other words. */
const FEW_RESULTS = 3
/**
 * Pagefind's results checked for a precise match at most (each costs a fragment request):
 * more than any one word finds on this site, so none that holds the words is missed.
 */
const MAX_CHECKED = 60
/** Results shown from another language's index under this one's. */
const OTHER_LANGUAGE_RESULTS = 5
/** Pagefind's API, from the same origin; a variable, so the bundler leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js'
/**
 * Diacritics are folded (Pagefind's default): "Sami" finds "Sámi", and English words
 * stemmed from -y to -i ("strategy", "country") are found, which `exactDiacritics: true`
 * broke in Pagefind 1.6. The false matches folding used to bring ("naeringsliv" → "nå")
 * are Pagefind's fallback to a short word start, which `find` drops. Names (short names
 * such as NPA) weigh like the title; keywords (synonyms, themes) a little less.
 * See the README's search section.
 */
const PAGEFIND_OPTIONS: PagefindOptions = {
  excerptLength: 24,
  excerptEllipsis: '…',
  ranking: { metaWeights: { title: 5, names: 5, priorities: 4, keywords: 3 } },
}

/** A search's real results: how many, and the data of those shown. */
interface Found {
  count: number
  shown: PagefindResultData[]
}

/**
 * Searches one index, precisely (lib/search/precise.ts): a result counts only when it
 * holds every search word or an inflection of it (while typing, the last word may be the
 * start of a word); results are ranked by Pagefind's score with the boosts for a match in
 * the title, names or priorities and for a phrase, and historical documents (filter
 * era:historical) below current ones for the same match.
 */
async function find(
  index: PagefindIndex,
  lang: Lang,
  query: string,
  limit: number,
  typing = false,
): Promise<Found> {
  const terms = queryTerms(query)
  if (terms.length === 0) return { count: 0, shown: [] }
  const [all, historical] = await Promise.all([
    index.search(query),
    index.search(query, { filters: { era: 'historical' } }),
  ])
  const old = new Set(historical.results.map((r) => r.id))
  const checked = all.results.slice(0, MAX_CHECKED)
  const data = await Promise.all(checked.map((r) => r.data()))
  // Pagefind's marks on prefix matches come off the excerpt.
  for (const d of data) d.excerpt = remark(lang, d.excerpt, terms, typing)
  const kept = checked
    .map((r, i) => {
      const d = data[i]
      const stems = resultStems(lang, {
        content: d.content ?? '',
        strong: [d.meta.title, d.meta.names, d.meta.priorities].filter(Boolean).join('. '),
        keywords: d.meta.keywords ?? '',
      })
      const base = old.has(r.id) ? r.score * HISTORICAL_FACTOR : r.score
      return { d, i, stems, score: preciseScore(lang, base, stems, terms) }
    })
    .filter((x) => holdsTerms(lang, x.stems, terms, typing))
    .sort((a, b) => b.score - a.score || a.i - b.i)
  return { count: kept.length, shown: kept.slice(0, limit).map((x) => x.d) }
}

const root = document.getElementById('search')
if (root) start(root)

function start(root: HTMLElement) {
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T
  const messages = readMessages<SearchMessages>(root)
  const message = (key: string, values?: Record<string, string | number>) =>
    fill(messages[key] ?? '', values)
  const otherLangs = (messages.others ?? '').split(' ').filter(Boolean) as Lang[]
  const ownLang = messages.lang as Lang

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
    $('search-more').replaceChildren()
  }

  let pagefindPromise: Promise<Pagefind> | undefined
  /** Loads Pagefind once, on first use. */
  function loadPagefind(): Promise<Pagefind> {
    pagefindPromise ??= (import(PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options(PAGEFIND_OPTIONS)
      await pagefind.init()
      return pagefind
    })
    return pagefindPromise
  }

  const otherIndexes = new Map<string, Promise<PagefindIndex>>()
  /**
   * Another language's index. Pagefind picks an instance's language from <html lang> at
   * the moment createInstance() is called, and has no option for it: so the attribute
   * holds the other language for that one synchronous call, and is then put back.
   */
  function loadOtherIndex(lang: string): Promise<PagefindIndex> {
    let index = otherIndexes.get(lang)
    if (!index) {
      index = loadPagefind().then(async (pagefind) => {
        const html = document.documentElement
        const own = html.lang
        html.lang = lang
        let instance: PagefindIndex
        try {
          instance = pagefind.createInstance(PAGEFIND_OPTIONS)
        } finally {
          html.lang = own
        }
        await instance.init()
        return instance
      })
      otherIndexes.set(lang, index)
    }
    return index
  }

  let wordsPromise: Promise<string[]> | undefined
  /** The build's word list (lib/search/words.ts), fetched once, when a search first finds little. */
  function loadWords(): Promise<string[]> {
    wordsPromise ??= fetch(messages.wordsHref ?? '').then((r) =>
      r.ok ? (r.json() as Promise<string[]>) : [],
    )
    return wordsPromise
  }

  function queryFromUrl(): string {
    return (new URLSearchParams(location.search).get('q') || '').trim()
  }

  /** The URL of the search page with ?q= (or without it, for an empty query). */
  function urlFor(query: string, path = location.pathname): string {
    const url = new URL(path, location.href)
    if (path === location.pathname) url.search = location.search
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    return url.pathname + url.search + (path === location.pathname ? location.hash : '')
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
    // A page this language shows in another's text (a fallback page) says so.
    if (data.meta.textlang) {
      const textLang = document.createElement('span')
      textLang.className = 'ml-2 text-sm font-normal text-gray-700'
      textLang.textContent = `(${message('textLang', { language: data.meta.textlang })})`
      heading.append(textLang)
    }
    const excerpt = document.createElement('p')
    excerpt.className = 'mt-1'
    // Pagefind's excerpt is the page's text, escaped, with the matches in <mark>.
    excerpt.innerHTML = data.excerpt
    li.append(heading, excerpt)
    // Sections of the page that match (e.g. a strategy's priority), linked to directly.
    const sections = (data.sub_results || [])
      .filter((sub) => sub.url.includes('#'))
      .slice(0, MAX_SECTIONS)
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

  /**
   * "Did you mean": near words from the word list, as the site writes them ("Kolarctic"),
   * whose search finds something here, nearest first.
   */
  async function suggestionsFor(pagefind: Pagefind, query: string): Promise<string[]> {
    const candidates = suggestQueries(query, await loadWords())
    const checked = await Promise.all(
      candidates.map(async (q) => ((await find(pagefind, ownLang, q, 5)).count > 0 ? q : '')),
    )
    return checked.filter(Boolean)
  }

  function suggestionLink(q: string): HTMLAnchorElement {
    const a = document.createElement('a')
    a.href = urlFor(q)
    a.dataset.query = q
    a.className = 'font-bold text-brand-700 underline'
    a.textContent = q
    return a
  }

  /** "Mente du: Kolarctic?", each suggestion a link that searches for it. */
  function didYouMean(good: string[]): Node[] {
    if (good.length === 0) return []
    const p = document.createElement('p')
    p.className = 'mb-2'
    const [before, after] = message('meant', { word: '\u0000' }).split('\u0000')
    p.append(before)
    good.forEach((q, i) => {
      if (i > 0) p.append(', ')
      p.append(suggestionLink(q))
    })
    p.append(after ?? '')
    return [p]
  }

  /**
   * Another language's results for a query, shown under this page's: the first few, each
   * marked with its language, and a link to the whole search there.
   */
  async function otherLanguages(query: string): Promise<Node[]> {
    const found = await Promise.all(
      otherLangs.map(async (lang) => ({
        lang,
        ...(await find(await loadOtherIndex(lang), lang, query, OTHER_LANGUAGE_RESULTS)),
      })),
    )
    return found
      .filter(({ count }) => count > 0)
      .map(({ lang, count, shown }) => {
        const section = document.createElement('section')
        section.className = 'mb-4'
        section.dataset.otherLanguage = lang
        const heading = document.createElement('h2')
        heading.className = 'text-lg font-bold'
        heading.textContent = message(`otherResults.${lang}`)
        const p = document.createElement('p')
        p.className = 'mb-2'
        p.append(`${message(`other${count === 1 ? 'One' : 'Other'}.${lang}`, { count, query })} `)
        const a = document.createElement('a')
        a.href = urlFor(query, messages[`otherHref.${lang}`])
        a.hreflang = lang
        a.className = 'font-bold text-brand-700 underline'
        a.textContent = message(`otherLink.${lang}`)
        p.append(a)
        const list = document.createElement('ol')
        list.lang = lang
        list.append(...shown.map(renderResult))
        section.append(heading, p, list)
        return section
      })
  }

  /** Whether some word of the query finds nothing here on its own (then the other languages are asked). */
  async function someWordUnknown(pagefind: Pagefind, query: string): Promise<boolean> {
    const terms = queryTerms(query)
    if (terms.length < 2) return false
    const counts = await Promise.all(
      terms.map(async (t) => (await find(pagefind, ownLang, t, 1)).count),
    )
    return counts.some((c) => c === 0)
  }

  let latest = 0
  async function run(query: string, typing = false) {
    const ticket = ++latest
    if (!query) return show('', [], false)
    show(message('loading'), null, false)
    try {
      performance.mark('search:start')
      const pagefind = await loadPagefind()
      let { count, shown } = await find(pagefind, ownLang, query, MAX_RESULTS, typing)
      if (ticket !== latest) return // a newer search has started: its results win
      // Nothing found, and one clear suggestion: its results at once, and a way back to the words typed.
      let shownFor: Node[] = []
      let good: string[] = []
      if (count < FEW_RESULTS && !typing) good = await suggestionsFor(pagefind, query)
      if (ticket !== latest) return
      if (count === 0 && good.length === 1) {
        const [word] = good
        ;({ count, shown } = await find(pagefind, ownLang, word, MAX_RESULTS))
        if (ticket !== latest) return
        const p = document.createElement('p')
        p.className = 'mb-2'
        p.dataset.showingFor = word
        const [a, rest] = message('showingFor', { word: '\u0000', query: '\u0001' }).split('\u0000')
        const [b, c] = (rest ?? '').split('\u0001')
        const original = suggestionLink(query)
        original.className = 'text-brand-700 underline'
        const strong = document.createElement('strong')
        strong.textContent = word
        p.append(a, strong, b ?? '', original, c ?? '')
        shownFor = [p]
        good = []
        query = word
      }
      const text =
        count === 0
          ? message('none', { query })
          : message(count === 1 ? 'one' : 'other', { count, query })
      show(text, shown.map(renderResult), count === 0)
      // For `npm run bench`: when the first result was on screen.
      if (count > 0 && performance.getEntriesByName('search:first-result').length === 0)
        performance.mark('search:first-result')
      const askOthers = count === 0 || (!typing && (await someWordUnknown(pagefind, query)))
      const more = [
        ...shownFor,
        ...didYouMean(good),
        ...(askOthers ? await otherLanguages(query) : []),
      ]
      if (ticket !== latest) return
      $('search-more').replaceChildren(...more)
      // For `npm run bench`: when "did you mean" or the other language's results were on screen.
      if (more.length > 0 && performance.getEntriesByName('search:suggestions').length === 0)
        performance.mark('search:suggestions')
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
      // The last word may still be half typed: it matches the start of a word too.
      run(query, !/\s$/.test(target.value))
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

  // A suggestion is a link (it works in a new tab too); clicked here, it searches in place.
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>(
      '#search-more a[data-query]',
    )
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    const query = link.dataset.query ?? ''
    field().value = query
    clearTimeout(typingTimer)
    committed = true
    updateUrl(query)
    committed = true
    run(query)
    field().focus()
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
