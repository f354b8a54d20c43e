/**
 * The programme finder, enhanced (bundled into /js/finder.js by scripts/bundle-scripts.ts):
 * the list narrows as soon as a filter changes, the filters live in the URL
 * (?region=…&theme=…) so a link brings them back, the result count is announced through
 * the page's live region, and when nothing fits the next step (whom to ask) shows.
 * Without this script the form still submits, and the web server answers the query with the
 * choice's answer page (lib/programmes/finder-answers.ts), which this script enhances too.
 *
 * The matching is lib/programmes/finder.ts's, imported: the page and the server cannot
 * disagree. The cards carry what it needs as data-* attributes (see FinderResult).
 * Texts come from the root's data-messages (lib/page-script/messages.ts).
 */
import { currentParams, keepStateOnLanguageLink } from '@/lib/page-script/language-link'
import { fill, readMessages } from '@/lib/page-script/messages'
import { markCounty } from '@/lib/maps/mark-county'
import {
  FINDER_PARAMS,
  filtersQuery,
  hasFilters,
  matchProgramme,
  parseFilters,
  unknownFilters,
  type FinderFilters,
  type Matchable,
} from '@/lib/programmes/finder'
import type { FinderMessages } from '@/lib/programmes/finder-messages'
import { MIN_HEADINGS } from '@/lib/page-contents'

const root = document.getElementById('finder')
if (root) start(root)

function start(root: HTMLElement) {
  const $ = <T extends HTMLElement = HTMLElement>(id: string) =>
    document.getElementById(id) as T | null
  const form = $<HTMLFormElement>('finder-form')
  const status = $('finder-status')
  const results = $('finder-results')
  if (!form || !status || !results) return
  const messages = readMessages<FinderMessages>(root)
  const regionSelect = form.elements.namedItem(FINDER_PARAMS.region) as HTMLSelectElement
  const themeSelect = form.elements.namedItem(FINDER_PARAMS.theme) as HTMLSelectElement
  const words = (el: Element, name: string) =>
    (el.getAttribute(name) ?? '').split(' ').filter(Boolean)

  // Each card as the matching rule sees a programme; its priorities are numbered in page order.
  const cards = [...results.querySelectorAll<HTMLElement>('[data-programme]')].map((el) => {
    const priorityEls = [...el.querySelectorAll('[data-priority-themes]')]
    const programme: Matchable = {
      status: el.dataset.status as Matchable['status'],
      regions: words(el, 'data-regions'),
      priorities: priorityEls.map((p, i) => ({
        id: String(i),
        themes: words(p, 'data-priority-themes'),
      })),
    }
    return { el, programme, priorityEls }
  })

  const read = (): FinderFilters =>
    parseFilters(new URLSearchParams({ region: regionSelect.value, theme: themeSelect.value }))

  // The URL names a choice in its query, or the page is an answer page, whose form already
  // holds its choice (and whose path names it).
  const queryNamesChoice = () =>
    Object.values(FINDER_PARAMS).some((name) => new URLSearchParams(location.search).has(name))

  // Set the form from the URL. A value the finder does not know is ignored, and the page
  // says so: an old or mistyped link must not silently show everything.
  function restore() {
    if (!queryNamesChoice()) return
    const filters = parseFilters(location.search)
    regionSelect.value = filters.region ?? ''
    themeSelect.value = filters.theme ?? ''
    const unknown = unknownFilters(location.search)
    const note = $('finder-unknown')
    if (note && unknown.length > 0) {
      note.textContent = fill(messages.unknown ?? '', {
        values: unknown.map((u) => u.value).join(', '),
      })
      note.hidden = false
    }
  }

  function syncUrl(filters: FinderFilters) {
    const params = new URLSearchParams(location.search)
    for (const name of Object.values(FINDER_PARAMS)) params.delete(name)
    new URLSearchParams(filtersQuery(filters)).forEach((value, name) => params.set(name, value))
    const query = params.toString()
    // The finder's own address (the form's action), also on an answer page: the query names the choice.
    const path = new URL(form!.action, location.href).pathname
    history.replaceState(null, '', path + (query ? `?${query}` : '') + location.hash)
  }

  function mark(el: Element, on: boolean) {
    const badge = el.querySelector<HTMLElement>('[data-mark]')
    if (badge) badge.hidden = !on
    el.classList.toggle('font-bold', on)
  }

  function apply(announce: boolean) {
    const filters = read()
    const filtering = hasFilters(filters)
    let shown = 0
    // No destructuring in page scripts: the bundle's target includes Safari 14, for which esbuild cannot lower it.
    for (const card of cards) {
      const el = card.el
      const match = matchProgramme(card.programme, filters)
      el.hidden = !match.fits
      if (match.fits) shown++
      // Why it fits: the chosen area (or "all of Norway"), and the priorities that cover the theme.
      el.querySelectorAll('[data-region]').forEach((r) =>
        mark(r, r.getAttribute('data-region') === filters.region),
      )
      el.querySelectorAll('[data-all-norway]').forEach((r) =>
        mark(r, Boolean(filters.region) && match.eligible),
      )
      card.priorityEls.forEach((p, i) =>
        mark(p, Boolean(filters.theme) && match.priorities.includes(String(i))),
      )
    }
    // Nothing fits: whom to ask, for the chosen area if the site knows its county council.
    const none = $('finder-none')
    if (none) {
      none.hidden = !(filtering && shown === 0)
      let specific = false
      none.querySelectorAll<HTMLElement>('[data-next-step-region]').forEach((el) => {
        el.hidden = el.dataset.nextStepRegion !== filters.region
        if (!el.hidden) specific = true
      })
      const any = none.querySelector<HTMLElement>('[data-next-step-any]')
      if (any) any.hidden = specific
    }
    // With nothing to show, "skip to results" leads to the next step instead.
    const skip = root.querySelector<HTMLAnchorElement>('[data-skip-results]')
    if (skip) skip.hash = filtering && shown === 0 ? 'finder-none' : 'finder-results'
    markCounty(root, filters.region)
    const discontinued = $('finder-discontinued')
    if (discontinued) discontinued.hidden = !filtering
    // The contents list (scripts/page-contents.ts) names only what shows, and shows only
    // for a long list: from MIN_HEADINGS headings up, as on every page.
    let entries = 0
    root.querySelectorAll<HTMLElement>('[data-contents-for]').forEach((entry) => {
      const heading = document.getElementById(entry.dataset.contentsFor ?? '')
      entry.hidden = !heading || Boolean(heading.closest('[hidden]'))
      if (!entry.hidden) entries++
    })
    const contents = root.querySelector<HTMLElement>('[data-page-contents]')
    if (contents) contents.hidden = entries < MIN_HEADINGS
    const text = (filtering ? messages[String(shown)] : messages.all) ?? ''
    // Changing the live region's text is what screen readers announce.
    if (announce || status!.textContent !== text) status!.textContent = text
    // An answer page keeps its own address until the reader changes the choice.
    if (announce || queryNamesChoice()) syncUrl(filters)
  }

  form.addEventListener('change', () => apply(true))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply(true)
  })
  // The list follows every change at once, so the button would only take room on a phone's first screen.
  const submit = form.querySelector<HTMLElement>('[type="submit"]')
  if (submit) submit.hidden = true
  keepStateOnLanguageLink(() => currentParams(Object.values(FINDER_PARAMS)))
  restore()
  apply(false)
}
