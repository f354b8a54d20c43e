/**
 * How a page script gets its texts: the server component words them from lib/i18n and
 * writes them as JSON into the `data-messages` attribute of the script's root element;
 * the script reads them from there. So no user-facing string lives in a page script, and
 * every script receives its texts the same way. Pure code: used on the server and,
 * bundled, in the browser.
 */

/** Texts by key; `{name}` marks a value the script fills in (see `fill`). */
export type Messages = Record<string, string>

/** The attribute to spread on a page script's root element: `<div {...messagesAttribute(m)}>`. */
export function messagesAttribute<M extends Messages>(messages: M): { 'data-messages': string } {
  return { 'data-messages': JSON.stringify(messages) }
}

/** The texts written by `messagesAttribute` on `root`; a missing attribute gives no texts. */
export function readMessages<M extends Messages>(root: HTMLElement): Partial<M> {
  return JSON.parse(root.dataset.messages || '{}') as Partial<M>
}

/** Fills `{name}` in a text with `values[name]`; an unknown name is left as it is. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}
