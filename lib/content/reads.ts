/**
 * What each page reads of the content, so that a rebuild renders again only the pages a
 * change touches (scripts/render-plan.ts).
 *
 * Every question a page can ask lib/content is `asked(name, fn)`: while `next build`
 * renders pages with SITE_PAGE_READS set (a folder), each question a page asks, with its
 * arguments, is written down for that page. The next build asks the same questions of the
 * new content (`answerOf`) and renders only the pages where an answer differs; the others
 * are copied from the last site. A question asked inside another is covered by the outer
 * one's answer, so only the outermost is written down.
 *
 * Which page is being rendered: React's `cache()` gives each render its own record, and the
 * page names itself with `readsOfPage(path)` (lib/site-pages.ts, where the routes resolve).
 * A route handler (a calendar, a vCard: no React) makes its file in `readsOfFile(path, …)`.
 * A page that never names itself has no reads on record, so it is always rendered again.
 *
 * For this to hold, content reaches a page only through these questions: code outside
 * lib/content must not keep an answer across pages (a module-level cache of a list), or
 * the pages after the first would not ask, and a change would miss them.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash, randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { cache } from 'react'

/** The arguments a question may take: what can be written down and read back as JSON. */
type Arg = string | number | boolean | undefined | readonly string[]

const questions = new Map<string, (...args: never[]) => unknown>()
/** How deep in questions the current call is: a question asked inside another is not written down. */
let depth = 0

const readsDir = process.env.SITE_PAGE_READS
const readsFile = readsDir ? join(readsDir, `${process.pid}.jsonl`) : undefined

// Outside a render, cache() calls the function each time: two calls giving two objects
// means there is no page being rendered (generateStaticParams, route handlers, scripts).
const newRecord = () => ({ id: randomUUID(), written: new Set<string>() })
const renderRecord = cache(newRecord)
const fileRecord = new AsyncLocalStorage<ReturnType<typeof newRecord>>()
function currentRender() {
  const file = fileRecord.getStore()
  if (file) return file
  const record = renderRecord()
  return record === renderRecord() ? record : undefined
}

function write(line: object) {
  appendFileSync(readsFile!, JSON.stringify(line) + '\n')
}

/** The key of a question with its arguments, as written down and read back: ["getAgreements","nb"]. */
export type QuestionKey = string

/** Registers a question of lib/content; calls to the returned function are written down while a page renders. */
export function asked<A extends Arg[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  if (questions.has(name)) throw new Error(`lib/content: two questions are named ${name}`)
  questions.set(name, fn as (...args: never[]) => unknown)
  return (...args: A) => {
    if (readsFile && depth === 0) {
      const render = currentRender()
      const key: QuestionKey = JSON.stringify([name, ...args])
      if (render && !render.written.has(key)) {
        render.written.add(key)
        write({ render: render.id, key })
      }
    }
    depth++
    try {
      return fn(...args)
    } finally {
      depth--
    }
  }
}

/** Names the page being rendered (its path, /nb/avtaler/kaunas/), so its reads are kept for it. */
export function readsOfPage(path: string): void {
  if (!readsFile) return
  const render = currentRender()
  if (render && !render.written.has(path)) {
    render.written.add(path)
    write({ render: render.id, page: path })
  }
}

/** Makes a file of a route handler (/nb/calendar/nora.ics) with `make`, writing down the questions it asks for that file. */
export function readsOfFile<T>(path: string, make: () => T): T {
  if (!readsFile) return make()
  const record = newRecord()
  record.written.add(path)
  write({ render: record.id, page: path })
  return fileRecord.run(record, make)
}

/** The reads written down during a build, per page path: the questions each page asked. */
export function pageReads(lines: Iterable<string>): Map<string, Set<QuestionKey>> {
  const pageOf = new Map<string, string>()
  const keysOf = new Map<string, Set<QuestionKey>>()
  for (const line of lines) {
    if (!line) continue
    const entry = JSON.parse(line) as { render: string; page?: string; key?: string }
    if (entry.page) pageOf.set(entry.render, entry.page)
    if (entry.key) {
      if (!keysOf.has(entry.render)) keysOf.set(entry.render, new Set())
      keysOf.get(entry.render)!.add(entry.key)
    }
  }
  const pages = new Map<string, Set<QuestionKey>>()
  for (const [render, page] of pageOf) {
    if (!pages.has(page)) pages.set(page, new Set())
    for (const key of keysOf.get(render) ?? []) pages.get(page)!.add(key)
  }
  return pages
}

// A document's fingerprint, once per document object: the index builds each object once.
const documentPrints = new WeakMap<object, string>()
const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url')

function fingerprint(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || !('_raw' in v)) return v
    if (!documentPrints.has(v)) documentPrints.set(v, sha1(JSON.stringify(v)))
    return documentPrints.get(v)
  })
  return sha1(json ?? 'undefined')
}

/**
 * The fingerprint of a question's answer for the content as it is now; `null` when the
 * question cannot be asked any more (a question removed from the code, a document that is
 * gone), which counts as a changed answer.
 */
export function answerOf(key: QuestionKey): string | null {
  try {
    const [name, ...args] = JSON.parse(key) as [string, ...never[]]
    const fn = questions.get(name)
    return fn ? fingerprint(fn(...args)) : null
  } catch {
    return null
  }
}
