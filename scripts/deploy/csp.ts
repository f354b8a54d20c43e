/**
 * The Content-Security-Policy of the built site: the hashes of the inline code that is
 * really in out/ (after every other build step), and the policy and headers built from
 * deploy/rules.ts with them.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { CSP, EDITOR, SECURITY_HEADERS } from '../../deploy/rules'
import { htmlFiles, isExecutableScript } from '../lib/html'

export type InlineScan = { scriptHashes: string[]; styleHashes: string[]; problems: string[] }
export type Hashes = Pick<InlineScan, 'scriptHashes' | 'styleHashes'>

const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined)
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The CSP hashes of the inline scripts and <style> elements in every page, and the inline
 * code no hash can allow (style="" attributes, on…="" handlers): that must not be there.
 */
export function scanInlineCode(outDir: string): InlineScan {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const problems: string[] = []
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8')
    const where = relative(outDir, file)
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      if (
        attr(attrs, 'src') === undefined &&
        body.length > 0 &&
        isExecutableScript(attr(attrs, 'type'))
      )
        scripts.add(sha256(body))
    }
    for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
      styles.add(sha256(body))
    // Attributes inside tags only (not text): a tag's attribute list, then style= or on…=.
    const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>')
    for (const [tag] of markup.matchAll(/<[a-z][^>]*>/gi)) {
      const bad = /\s(style|on[a-z]+)\s*=/i.exec(tag)
      if (bad) problems.push(`${where}: inline ${bad[1]}="" in ${tag.slice(0, 80)}`)
    }
  }
  return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort(), problems }
}

export function cspValue({ scriptHashes, styleHashes }: Hashes): string {
  return Object.entries(CSP)
    .map(([directive, sources]) => {
      const list = sources.flatMap((s) => (s === 'scriptHashes' ? scriptHashes : [s]))
      if (directive === 'style-src') list.push(...styleHashes)
      return `${directive} ${list.join(' ')}`
    })
    .join('; ')
}

/** Name → value of every header every response carries. */
export function securityHeaders(hashes: Hashes): Record<string, string> {
  return { 'Content-Security-Policy': cspValue(hashes), ...SECURITY_HEADERS }
}

/** The web editor's policy (deploy/rules.ts EDITOR) as one header value; it has no inline code to hash. */
export function editorCspValue(): string {
  return Object.entries(EDITOR.csp)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')
}

/** The headers that differ under /admin/ (the rest are the site's, as everywhere). */
export function editorHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': editorCspValue(), ...EDITOR.headers }
}
