/**
 * npm run edit: the web editor against the working tree on this machine, without an account.
 *
 * It writes the editor (in its local mode) into .editor/admin/ and serves it on
 * http://localhost:3001/admin/ (EDIT_PORT). In Chrome or Edge, "Work with Local Repository"
 * asks for a folder: choose this project's folder, and the editor reads and writes
 * content/<type>/<lang>/<slug>.md there directly (the browser's File System Access API).
 * Nothing is committed: check the change with `npm run check`, then commit it with git.
 * Firefox and Safari lack that API; they can use the editor on the published site.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { editorSettings } from '../lib/editor/settings'
import { writeEditor } from './build-editor'

// npm runs scripts in the project's folder.
const ROOT = process.cwd()
const DIR = join(ROOT, '.editor')
const PORT = process.env.EDIT_PORT ?? '3001'

rmSync(DIR, { recursive: true, force: true })
// The local mode needs no repository, so its settings are always complete.
writeEditor(DIR, editorSettings({ ...process.env, EDITOR_BACKEND: 'local' }))

console.log(`
Redigeringsverktøyet kjører på http://localhost:${PORT}/admin/

1. Åpne adressen i Chrome eller Edge (Firefox og Safari kan ikke åpne mapper på maskinen).
2. Velg «Arbeid med lokalt kodelager», og velg mappa til prosjektet: ${ROOT}
3. Endringene lagres rett i content/. Kjør \`npm run check\`, og lagre dem i git med en commit.

Stopp med Ctrl+C.
`)

// Only on this machine: the editor offers its local mode on localhost and 127.0.0.1, which the browser counts as secure.
const server = spawn(
  'npx',
  ['serve', DIR, '-l', `tcp://127.0.0.1:${PORT}`, '--no-port-switching', '--no-clipboard'],
  { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT },
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
