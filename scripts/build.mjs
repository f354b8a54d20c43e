#!/usr/bin/env node
/**
 * The build, step by step: each step must succeed before the next one runs.
 *
 * A build never publishes a broken site. The first steps only read: a content error
 * stops the build before out/ is touched. From `next build` on, steps write out/: the
 * previous good out/ is set aside first (out.previous/), and put back if any of those
 * steps fails, so out/ is then exactly as it was before the build.
 * Add steps that work on the finished out/ folder to `publish`, after `next build`.
 */
import { execSync } from 'node:child_process'
import { existsSync, renameSync, rmSync } from 'node:fs'

/** Steps that do not write out/. */
const prepare = [
  ['check the content', 'npm run --silent check'],
  ['compile the content', 'npx contentlayer2 build'],
  ['bundle the page scripts', 'npx tsx scripts/bundle-scripts.ts'],
]

/** Steps that write out/: if one fails, the previous out/ is restored. */
const publish = [
  ['build the pages', 'npx next build'],
  // The pages need no framework runtime (no client components): serve them as plain HTML + CSS.
  ['strip the Next.js runtime', 'node scripts/strip-runtime.mjs out'],
  // One search index per page language (from <html lang>), into out/pagefind/.
  ['index the site for search', 'npx pagefind --site out'],
  // Last: it hashes the inline scripts of the final HTML into the CSP (deploy/rules.mjs).
  ['write the web server configuration', 'node scripts/deploy-config.mjs'],
]

const OUT = 'out'
const PREVIOUS = 'out.previous'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function run([name, command]) {
  console.log(`\n▶ ${name}: ${command}`)
  try {
    execSync(command, { stdio: 'inherit', env })
    return true
  } catch {
    console.error(`\n✖ The build stopped at "${name}". Nothing after it was done.`)
    return false
  }
}

/** Puts the previous good out/ back in place (also after a build that was interrupted). */
function restore() {
  if (!existsSync(PREVIOUS)) return
  rmSync(OUT, { recursive: true, force: true })
  renameSync(PREVIOUS, OUT)
  console.error(`  ${OUT}/ is as it was before this build.`)
}

/** After a failed step: the previous out/ if there was one, else no out/ at all (never a half-built one). */
function undo() {
  if (existsSync(PREVIOUS)) restore()
  else rmSync(OUT, { recursive: true, force: true })
}

restore() // a build killed half-way last time left its backup: that out/ is the good one
for (const step of prepare) {
  if (!run(step)) {
    console.error(`  ${OUT}/ was not touched.`)
    process.exit(1)
  }
}

if (existsSync(OUT)) renameSync(OUT, PREVIOUS)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    undo()
    process.exit(1)
  })
}
for (const step of publish) {
  if (!run(step)) {
    undo()
    process.exit(1)
  }
}
rmSync(PREVIOUS, { recursive: true, force: true })
console.log(`\n✔ The site is built in ${OUT}/`)
