/**
 * What the build steps that read the finished HTML share: the list of its files, and
 * which scripts a browser executes (strip-runtime removes the framework's; deploy-config
 * hashes the inline ones for the CSP): one definition, so the two cannot disagree.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every .html file under dir, as full paths. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
}

/**
 * Whether a <script type="…"> is run by the browser (and so checked against script-src).
 * Other types (application/ld+json, …) are data blocks: never run, never checked.
 */
export function isExecutableScript(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase()
  return (
    t === '' ||
    t === 'module' ||
    t === 'importmap' ||
    t === 'speculationrules' ||
    /^(text|application)\/(x-)?(java|ecma)script$/.test(t)
  )
}
