/**
 * A build never publishes a broken site: the build (scripts/build.ts) runs on a copy of
 * the project with a good out/ from an earlier build, and a mistake. It must fail, name
 * the problem, and leave out/ exactly as it was — both when the content check stops it
 * and when a step that writes the site (next build) fails. And out/ is a whole site at
 * every moment of a good build: read while the build runs, it is always there.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { copyEnv, copyProject, runInCopy } from '../../scripts/lib/project-copy'

const root = process.cwd()
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs')
const dirs: string[] = []

/** A copy of the project (scripts/lib/project-copy.ts) with a previous out/. */
function project(): string {
  const dir = copyProject(root, 'safe-build')
  dirs.push(dir)
  mkdirSync(join(dir, 'out/nb'), { recursive: true })
  writeFileSync(join(dir, 'out/index.html'), '<!doctype html><title>Earlier good build</title>')
  writeFileSync(join(dir, 'out/nb/index.html'), '<!doctype html><title>Forside</title>')
  return dir
}

/** Every file under a folder with its content: what "unchanged" is compared on. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) =>
    readdirSync(d).forEach((n) =>
      statSync(join(d, n)).isDirectory()
        ? walk(join(d, n))
        : (files[relative(dir, join(d, n))] = readFileSync(join(d, n), 'utf8')),
    )
  walk(dir)
  return files
}

const build = (dir: string) => runInCopy(dir, process.execPath, [TSX, 'scripts/build.ts'])

// Removing the copies (each with a built site) takes more than the default 10 s on a loaded machine.
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })), 120_000)

describe('a build with a bad file', () => {
  it('stops at the content check and leaves the earlier out/ as it was', () => {
    const dir = project()
    const before = snapshot(join(dir, 'out'))
    const file = join(dir, 'content/agreements/nb/kaunas.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: active', 'status: activ'))

    const { code, output } = build(dir)
    expect(code).not.toBe(0)
    expect(output).toMatch(
      /content\/agreements\/nb\/kaunas\.md:\d+: status: «activ» er ikke en tillatt verdi – mente du «active»\? \(en av: active, on-hold, ended\)/,
    )
    expect(output).toContain('The build stopped at "check the content"')
    expect(snapshot(join(dir, 'out'))).toEqual(before)
    expect(existsSync(join(dir, '.contentlayer'))).toBe(false) // nothing after the check ran
  }, 120_000)

  it('restores the earlier out/ when next build fails after the check passed', () => {
    const dir = project()
    const before = snapshot(join(dir, 'out'))
    // Valid content, but next build fails after it has written part of the site into the
    // folder it was given (its configuration writes a page, then throws): a half-built site
    // that must not be published.
    writeFileSync(
      join(dir, 'next.config.ts'),
      "import { mkdirSync, writeFileSync } from 'node:fs'\nconst dir = process.env.SITE_BUILD_DIR ?? 'out'\nmkdirSync(dir + '/en', { recursive: true })\nwriteFileSync(dir + '/en/index.html', 'half-built')\nwriteFileSync(dir + '/index.html', 'half-built')\nthrow new Error('next build failed half-way (test)')\n",
    )

    const { code, output } = build(dir)
    expect(code).not.toBe(0)
    expect(output).toContain('The build stopped at "build the pages"')
    expect(output).toContain('out/ was not touched')
    expect(snapshot(join(dir, 'out'))).toEqual(before)
    expect(readdirSync(join(dir, '.build')), 'the half-built staging folder is removed').toEqual([])
  }, 180_000)
})

describe('a good build', () => {
  it('keeps out/ a whole site at every moment, then switches it to the new site', async () => {
    const dir = project()
    const seen = { reads: 0, missing: [] as string[] }
    const read = () => {
      for (const page of ['index.html', 'nb/index.html']) {
        seen.reads++
        try {
          readFileSync(join(dir, 'out', page), 'utf8')
        } catch {
          seen.missing.push(`${page} after ${seen.reads} reads`)
        }
      }
    }
    const timer = setInterval(read, 5)
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [TSX, 'scripts/build.ts'], {
        cwd: dir,
        env: copyEnv(dir),
        stdio: 'ignore',
      })
      child.on('exit', done)
    })
    clearInterval(timer)
    read()
    expect(code).toBe(0)
    expect(seen.missing).toEqual([])
    expect(seen.reads).toBeGreaterThan(100)
    // The new site, not the earlier one: out/ now holds the real home page and its search index.
    expect(readFileSync(join(dir, 'out/nb/index.html'), 'utf8')).toContain('<html lang="nb"')
    expect(existsSync(join(dir, 'out/pagefind'))).toBe(true)
    expect(readdirSync(join(dir, '.build')), 'only the published site is kept').toEqual([
      realpathSync(join(dir, 'out')).split('/').pop(),
    ])
  }, 300_000)
})
