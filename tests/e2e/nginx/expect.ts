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
export function commonText(lang: 'nb' | 'en', key: string): string {
  const json = JSON.parse(readFileSync(join(process.cwd(), 'lib', 'i18n', 'locales', lang, 'common.json'), 'utf8'))
  return key.split('.').reduce((node, part) => node[part], json) as unknown as string
}

/** A stylesheet and a script the build put under /_next/static/ (their names carry a hash). */
export function hashedAssets(): { css: string; js: string } {
  const dir = join(process.cwd(), 'out', '_next', 'static')
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => `/_next/static/${f.split(sep).join('/')}`)
  const css = files.find((f) => f.endsWith('.css'))
  const js = files.find((f) => f.endsWith('.js'))
  if (!css || !js) throw new Error('no hashed stylesheet or script in out/_next/static/')
  return { css, js }
}
