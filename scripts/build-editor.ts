/**
 * Writes the web editor into a built site: <dir>/admin/index.html, config.yml (generated
 * from lib/content/model.ts, see lib/editor/config.ts) and Sveltia CMS's own script from
 * node_modules. It is not a Next page, so it is added after the pages are built, stripped and
 * indexed: strip-runtime, Pagefind and the sitemap never see it.
 *
 *   npx tsx scripts/build-editor.ts <dir>      (the build runs it; settings: lib/editor/settings.ts)
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import { stringify } from 'yaml'
import { editorCspValue } from './deploy/csp'
import { editorConfig } from '../lib/editor/config'
import { editorSettings, type EditorSettings } from '../lib/editor/settings'

/**
 * The editor's page: no inline script or style, not for search engines. It carries its
 * policy in a meta tag as well, so it holds wherever the folder is served (npm run edit, a
 * host without the generated headers); frame-ancestors works only as a header.
 */
function editorPage(): string {
  const meta = editorCspValue()
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ')
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${meta}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Redigering – Internasjonalt samarbeid</title>
<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="/admin/sveltia-cms.js"></script>
<script src="/admin/front-matter.js"></script>
</body>
</html>
`
}

/**
 * Sveltia CMS's interface fonts, which its script would fetch from a CDN: the same files from
 * the Fontsource packages, served from /admin/fonts/. The build fails if a CDN address is left.
 */
const FONTS = [
  [
    'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  ],
  [
    'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  ],
  [
    'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  ],
] as const

const require = createRequire(import.meta.url)

/** Sveltia CMS's browser build (one self-contained file) from the installed package (its exports name only the module entry, npm/index.js). */
function sveltiaScript(): string {
  return join(dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js')
}

export function writeEditor(siteDir: string, settings: EditorSettings): string {
  const dir = join(siteDir, 'admin')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), editorPage())
  const header =
    '# Generated from lib/content/model.ts by scripts/build-editor.ts at build time: do not edit.\n'
  writeFileSync(
    join(dir, 'config.yml'),
    header + stringify(editorConfig(settings), { lineWidth: 0 }),
  )
  mkdirSync(join(dir, 'fonts'), { recursive: true })
  let script = readFileSync(sveltiaScript(), 'utf8')
  for (const [cdn, file] of FONTS) {
    const local = `/admin/fonts/${file.split('/').at(-1)}`
    if (!script.includes(cdn))
      throw new Error(
        `Sveltia CMS no longer loads ${cdn}: update FONTS in scripts/build-editor.ts for this version`,
      )
    script = script.replaceAll(cdn, local)
    copyFileSync(require.resolve(file), join(dir, local.replace('/admin/', '')))
  }
  if (script.includes('https://cdn.jsdelivr.net/fontsource/'))
    throw new Error(
      'Sveltia CMS loads a font from a CDN that FONTS in scripts/build-editor.ts does not replace',
    )
  writeFileSync(join(dir, 'sveltia-cms.js'), script)
  // The content files' format, which keeps unchanged fields byte for byte.
  buildSync({
    entryPoints: [fileURLToPath(new URL('../lib/editor/register-format.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: join(dir, 'front-matter.js'),
    logLevel: 'warning',
  })
  return dir
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const siteDir = resolve(process.argv[2] ?? 'out')
  const settings = editorSettings()
  const dir = writeEditor(siteDir, settings)
  console.log(
    `Wrote the web editor to ${dir} (${settings.backend}${settings.backend === 'local' ? '' : `: ${settings.repo}@${settings.branch}`}).`,
  )
}
