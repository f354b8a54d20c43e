/**
 * A build step: every page whose main content has MIN_HEADINGS or more second-level
 * headings (lib/page-contents.ts), not counting those that are links, gets a contents
 * list of links to them at its start (after its h1), or where the page marks the place
 * with <div data-page-contents-here> (the finder: before its results). Headings without an id get one from their text. Done on the finished HTML, so
 * every kind of page (document views with their Markdown bodies, the finder's answers)
 * is counted the same way, by what it really shows.
 *
 *   npx tsx scripts/page-contents.ts <out dir>
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parse, type HTMLElement } from 'node-html-parser'
import { pageContentsHtml, type ContentsEntry } from '../components/contents/page-contents'
import { MIN_HEADINGS } from '../lib/page-contents'
import { isLang } from '../lib/i18n/config'
import { htmlFiles } from './lib/html'

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'del'

const isHidden = (el: HTMLElement, main: HTMLElement) => {
  for (let n: HTMLElement | null = el; n && n !== main; n = n.parentNode)
    if (n.hasAttribute?.('hidden')) return true
  return false
}

/** Adds the contents list to one page; returns the HTML unchanged when it needs none. */
export function addPageContents(html: string): { html: string; added: boolean } {
  const root = parse(html, { comment: true, parseNoneClosedTags: true })
  const lang = root.querySelector('html')?.getAttribute('lang') ?? ''
  const main = root.querySelector('main')
  if (!main || !isLang(lang) || main.querySelector('[data-page-contents]'))
    return { html, added: false }
  // A heading that is itself a link is an entry of a list page (counties, what's new), not a
  // section: such pages get no contents list, unless they ask for one where it goes (the
  // finder, whose results are long cards).
  const here = main.querySelector('[data-page-contents-here]')
  const headings = main.querySelectorAll('h2').filter((h) => here || !h.querySelector('a'))
  if (headings.length < MIN_HEADINGS) return { html, added: false }
  const taken = new Set(root.querySelectorAll('[id]').map((e) => e.id))
  const entries: ContentsEntry[] = headings.map((h) => {
    let id = h.id
    if (!id) {
      const base = slug(h.text)
      id = base
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
      taken.add(id)
      h.setAttribute('id', id)
    }
    return { id, text: h.text.replace(/\s+/g, ' ').trim(), hidden: isHidden(h, main) }
  })
  // Headings hidden until a page script shows them (the finder's cards) count only when shown:
  // the list is written, hidden, for the script to show when enough are.
  const shown = entries.filter((e) => !e.hidden).length
  const list = pageContentsHtml(lang, entries, shown < MIN_HEADINGS, Boolean(here))
  if (here) here.replaceWith(list)
  else {
    const h1 = main.querySelector('h1')
    if (h1) h1.insertAdjacentHTML('afterend', list)
    else main.insertAdjacentHTML('afterbegin', list)
  }
  return { html: root.toString(), added: true }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: tsx scripts/page-contents.ts <out dir>')
  let added = 0
  for (const file of htmlFiles(dir)) {
    const result = addPageContents(readFileSync(file, 'utf8'))
    if (!result.added) continue
    writeFileSync(file, result.html)
    added++
  }
  console.log(`Contents lists added to ${added} pages.`)
}
