/**
 * No page shows a "last updated", "checked" or "according to <source>, <date>" date that
 * its data does not support: the built HTML in out/ (tests run after the build) against
 * the content files and their git history, read here independently of the site's code
 * (one `git log -1` per file, the plain way). And every <time> on every page is a date
 * the data holds: the build day never slips in.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { documentPath } from '@/lib/content/paths'
import { loadContent, type ContentFile } from '@/lib/checker/validate/load'
import { OUT } from './generated-files'

const { files } = loadContent(['content', 'tests/fixtures/site-content'])

const reference = new Map<string, string>()

/** The reference: the file's last commit day, or its `updated` date where git has none. */
function lastCommitOrUpdated(f: ContentFile): string {
  if (!reference.has(f.file)) reference.set(f.file, lastCommitOf(f))
  return reference.get(f.file)!
}

function lastCommitOf(f: ContentFile): string {
  let day = ''
  try {
    day = execFileSync('git', ['log', '-1', '--format=%cs', '--', f.file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    // no git: the fallback
  }
  return day || String(f.data.updated)
}

function html(path: string) {
  const file = join(OUT, path.replace(/#.*$/, ''), 'index.html')
  if (!existsSync(file))
    throw new Error(`${file} is missing: run the build (SITE_FIXTURES=1 npm run build) first`)
  return parse(readFileSync(file, 'utf8'))
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : []
  })
}

/** The day the file was first committed (What's new lists a document as new from it), if git has it. */
function firstCommitOf(f: ContentFile): string | undefined {
  try {
    const days = execFileSync('git', ['log', '--format=%cs', '--', f.file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .filter(Boolean)
    return days.at(-1)
  } catch {
    return undefined
  }
}

const documents = files.filter((f) => f.type !== 'Contact')
const contacts = files.filter((f) => f.type === 'Contact')

describe('dates on the built pages', () => {
  it.each(documents.map((f) => [f.file, f] as const))(
    '%s: last updated is its last commit (or updated), checked is its checked',
    (_, f) => {
      const page = html(documentPath(f.type, f.lang, f.slug, String(f.data.id)))
      const updated = page.querySelectorAll('article [data-last-updated] time')
      const checked = page.querySelectorAll('article > p [data-checked] time')
      expect(updated.map((t) => t.getAttribute('datetime'))).toEqual([lastCommitOrUpdated(f)])
      expect(checked.map((t) => t.getAttribute('datetime'))).toEqual([String(f.data.checked)])
    },
  )

  it.each(contacts.map((f) => [f.file, f] as const))(
    "%s: its card says as of its source's date, and checked on its checked",
    (_, f) => {
      const id = String(f.data.id)
      const card = html(documentPath('Contact', f.lang, f.slug, id)).querySelector(
        `[data-contact="${id}"]`,
      )
      expect(card, `no card for ${id}`).not.toBeNull()
      const sources = f.data.sources as { url: string; published?: string; read?: string }[]
      const listed = sources.find(
        (s) => s.url.replace(/\/$/, '') === String(f.data.source).replace(/\/$/, ''),
      )
      const published = listed?.published
      // A source without a date of its own says the day it was read, if one is recorded.
      const read = published === undefined ? listed?.read : undefined
      const source = card!.querySelector('[data-contact-source]')!
      expect(source.querySelector('[data-according]')!.getAttribute('data-according')).toBe(
        published ?? 'undated',
      )
      expect(source.querySelector('[data-according] time')?.getAttribute('datetime')).toBe(
        published ?? read,
      )
      expect(source.querySelector('[data-checked] time')!.getAttribute('datetime')).toBe(
        String(f.data.checked),
      )
    },
  )

  it('shows no date on any page that the data does not hold', () => {
    // Every date the content states (change notes included), every file's last-updated day, and
    // the day it was first committed (What's new and the feeds list a document as new from it).
    const known = new Set<string>()
    // A yearly deadline (--02-15) is shown as its next date, in whatever year that is.
    const yearly = new Set<string>()
    const collect = (v: unknown) => {
      if (typeof v === 'string' && /^--\d\d-\d\d$/.test(v)) yearly.add(v.slice(2))
      else if (typeof v === 'string' && /^\d{4}(-\d\d(-\d\d)?)?$/.test(v)) known.add(v)
      else if (Array.isArray(v)) v.forEach(collect)
      else if (v && typeof v === 'object') Object.values(v).forEach(collect)
    }
    for (const f of files) {
      collect(f.data)
      known.add(lastCommitOrUpdated(f))
      const first = firstCommitOf(f)
      if (first) known.add(first)
    }
    const unknown: string[] = []
    for (const file of ['nb', 'nn', 'en'].flatMap((lang) => htmlFiles(join(OUT, lang)))) {
      for (const time of parse(readFileSync(file, 'utf8')).querySelectorAll('time')) {
        const value = time.getAttribute('datetime') ?? ''
        if (!known.has(value) && !yearly.has(value.slice(5)))
          unknown.push(`${file.slice(OUT.length)}: <time datetime="${value}">${time.text}</time>`)
      }
    }
    expect(unknown).toEqual([])
  }, 60_000)
})
