/**
 * Writes the web editor into a built site: <dir>/admin/index.html, config.yml (generated
 * from lib/content/model.ts, see lib/editor/config.ts), Sveltia CMS's own script from
 * node_modules and its interface in Bokmål (lib/editor/locales/). It is not a Next page, so it
 * is added after the pages are built, stripped and indexed: strip-runtime, Pagefind and the
 * sitemap never see it. A build without the editor's settings (EDITOR_REPO) writes only a page
 * that says, in Norwegian and English, that the editor is not set up and what to set.
 *
 *   npx tsx scripts/build-editor.ts <dir>      (the build runs it; settings: lib/editor/settings.ts)
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import { parse, stringify } from 'yaml'
import { editorCspValue } from './deploy/csp'
import { editorConfig } from '../lib/editor/config'
import { editorSettings, type EditorSettings } from '../lib/editor/settings'
import { notSetUpPage } from '../lib/editor/not-set-up'

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
export function sveltiaScript(): string {
  return join(dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js')
}

/**
 * Sveltia CMS's interface languages here: Bokmål, its default on this site, and English
 * (bundled in its script). Sveltia loads any other language from a CDN, which the policy
 * blocks, so the build points it at /admin/locales/ and offers only these.
 */
export const EDITOR_UI_LOCALES = ['nb', 'en-US'] as const
export const EDITOR_DEFAULT_UI_LOCALE = 'nb'

/**
 * Edits of Sveltia's (minified) script, each found by a pattern that must match exactly once,
 * so a new version that changes the code stops the build here instead of quietly showing
 * English: the list of interface languages, where their strings are fetched from, and the
 * language it starts in, which Sveltia takes from the browser: here always Bokmål, so the
 * screens match the editor guide's words whatever the browser's language. An editor who
 * wants English picks it under Innstillinger → Språk, and the editor remembers it.
 */
const LOCALE_EDITS: { what: string; find: RegExp; replace: string }[] = [
  {
    what: 'the list of interface languages',
    find: /`ar,bg,[a-zA-Z,-]*en-US[a-zA-Z,-]*`\.split\(`,`\)/g,
    replace: `\`${EDITOR_UI_LOCALES.join(',')}\`.split(\`,\`)`,
  },
  {
    what: 'the CDN address of the language files',
    find: /`\$\{\w+\}@\$\{\w+\}\/locales`/g,
    replace: '`/admin/locales`',
  },
  {
    what: 'the language taken from the browser',
    find: /return (\w+)&&(\w+)\.includes\(\1\)\?\1:(\w+)\}/g,
    replace: `return ${JSON.stringify(EDITOR_DEFAULT_UI_LOCALE)}}`,
  },
]

/** Sveltia's script with the edits of LOCALE_EDITS made; throws when one does not apply once. */
export function localizeScript(script: string): string {
  for (const { what, find, replace } of LOCALE_EDITS) {
    const count = script.match(find)?.length ?? 0
    if (count !== 1)
      throw new Error(
        `Sveltia CMS's script has ${count} matches for ${what} (expected 1): update LOCALE_EDITS in scripts/build-editor.ts for this version`,
      )
    script = script.replace(find, replace)
  }
  return script
}

/** The Bokmål strings as Sveltia loads a language: JSON, with Sveltia UI's strings under `_sui`. */
export function bokmalStrings(): Record<string, unknown> {
  const file = fileURLToPath(new URL('../lib/editor/locales/nb.yaml', import.meta.url))
  return parse(readFileSync(file, 'utf8'))
}

/** Where the editor is not set up: the page that says so, and nothing else. */
function writeNotSetUp(dir: string): string {
  writeFileSync(join(dir, 'index.html'), notSetUpPage())
  return dir
}

export function writeEditor(siteDir: string, settings: EditorSettings | undefined): string {
  const dir = join(siteDir, 'admin')
  mkdirSync(dir, { recursive: true })
  if (!settings) return writeNotSetUp(dir)
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
  writeFileSync(join(dir, 'sveltia-cms.js'), localizeScript(script))
  mkdirSync(join(dir, 'locales'), { recursive: true })
  writeFileSync(join(dir, 'locales', 'nb.json'), JSON.stringify(bokmalStrings()))
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
    settings
      ? `Wrote the web editor to ${dir} (${settings.backend}${settings.backend === 'local' ? '' : `: ${settings.repo}@${settings.branch}`}).`
      : `Wrote ${dir}/index.html: the web editor is not set up (EDITOR_REPO is not set).`,
  )
}
