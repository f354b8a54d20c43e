import { readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'

/** The header rules for every path ("/*") in the build's out/_headers, as name → value. */
export function staticHostHeaders(): Record<string, string> {
  const text = readFileSync(join(process.cwd(), 'out', '_headers'), 'utf8')
  const headers: Record<string, string> = {}
  let inAll = false
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    if (!line.startsWith(' ')) {
      inAll = line.trim() === '/*'
      continue
    }
    if (inAll) {
      const at = line.indexOf(':')
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim()
    }
  }
  return headers
}

/** The Cache-Control that out/_headers gives files under a path prefix such as /_next/static/. */
export function staticHostCacheControl(prefix: string): string | undefined {
  const lines = readFileSync(join(process.cwd(), 'out', '_headers'), 'utf8').split('\n')
  const at = lines.indexOf(`${prefix}*`)
  return at < 0 ? undefined : lines[at + 1].replace(/^\s*Cache-Control:\s*/i, '')
}

/** The text of a translation key in the interface's common namespace. */
export function commonText(lang: string, key: string): string {
  const json = JSON.parse(
    readFileSync(join(process.cwd(), 'lib', 'i18n', 'locales', lang, 'common.json'), 'utf8'),
  )
  return key.split('.').reduce((node, part) => node[part], json) as unknown as string
}

/**
 * Hashed files the build wrote: the stylesheet under /_next/static/ and a Pagefind index
 * fragment. (Pages ship no Next.js script: the build strips the runtime.)
 */
export function hashedAssets(): string[] {
  const list = (folder: string) =>
    (readdirSync(join(process.cwd(), 'out', folder), { recursive: true }) as string[]).map(
      (f) => `/${folder}/${f.split(sep).join('/')}`,
    )
  const css = list('_next/static').find((f) => f.endsWith('.css'))
  const fragment = list('pagefind/fragment').find((f) => f.endsWith('.pf_fragment'))
  if (!css || !fragment)
    throw new Error(
      'no hashed stylesheet in out/_next/static/ or fragment in out/pagefind/fragment/',
    )
  return [css, fragment]
}
