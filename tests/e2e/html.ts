/**
 * Small readers of built HTML, for checks over every page that fetch pages with
 * page.request (fast) rather than rendering each one in the browser.
 */
import { LANGS } from '../../lib/i18n/config'
import { resources } from '../../lib/i18n/resources'

/** The value of an attribute in one tag's text, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1]
}

/** Every opening tag of an element, e.g. tags(html, 'a'). */
export function tags(html: string, element: string): string[] {
  return html.match(new RegExp(`<${element}\\b[^>]*>`, 'gi')) ?? []
}

/** The inside of the first <nav> whose aria-label is one of the labels. */
export function navInner(html: string, labels: string[]): string | undefined {
  for (const label of labels) {
    const m = html.match(new RegExp(`<nav\\b[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</nav>`))
    if (m) return m[1]
  }
  return undefined
}

/** The path (and hash) of a URL, absolute or relative to the site. */
export function pathOf(url: string): string {
  const u = new URL(url, 'http://site.invalid')
  return u.pathname + u.hash
}

/** hreflang alternates in <head>: hreflang → path. */
export function alternates(html: string): Record<string, string> {
  return Object.fromEntries(
    tags(html, 'link')
      .filter((t) => attr(t, 'rel') === 'alternate' && attr(t, 'hrefLang'))
      .map((t) => [attr(t, 'hrefLang')!, pathOf(attr(t, 'href')!)]),
  )
}

/** Every element id on the page (targets of #fragment links). */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
}

/** The language navigation's and the breadcrumbs' labels, in every language (its common.json). */
export const LANG_NAV_LABELS = [...new Set(LANGS.map((l) => resources[l].common.language.label))]
export const BREADCRUMB_LABELS = [...new Set(LANGS.map((l) => resources[l].common.breadcrumbs))]
