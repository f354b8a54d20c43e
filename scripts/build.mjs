#!/usr/bin/env node
/**
 * The build, step by step: each step must succeed before the next one runs, so a
 * content error stops the build before anything is written to out/.
 * Steps after `next build` work on the finished out/ folder.
 */
import { execSync } from 'node:child_process'

const steps = [
  ['check the content', 'npm run --silent check'],
  ['compile the content', 'npx contentlayer2 build'],
  ['build the pages', 'npx next build'],
  // Last: it hashes the inline scripts of the final HTML into the CSP (deploy/rules.mjs).
  ['write the web server configuration', 'node scripts/deploy-config.mjs'],
]

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`)
  try {
    execSync(command, { stdio: 'inherit', env })
  } catch {
    console.error(`\n✖ The build stopped at "${name}". Nothing after it was done.`)
    process.exit(1)
  }
}
console.log('\n✔ The site is built in out/')
