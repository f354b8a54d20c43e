/**
 * A build never publishes a broken site: the build (scripts/build.mjs) runs on a copy of
 * the project with a good out/ from an earlier build, and a mistake. It must fail, name
 * the problem, and leave out/ exactly as it was — both when the content check stops it
 * and when a step that writes out/ (next build) fails.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = process.cwd()
const dirs: string[] = []

/** A copy of the project (sources and content; node_modules linked) with a previous out/. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'safe-build-'))
  dirs.push(dir)
  for (const f of ['app', 'components', 'content', 'lib', 'public', 'scripts', 'contentlayer.config.ts', 'next.config.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json']) {
    if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true })
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  mkdirSync(join(dir, 'out/nb'), { recursive: true })
  writeFileSync(join(dir, 'out/index.html'), '<!doctype html><title>Earlier good build</title>')
  writeFileSync(join(dir, 'out/nb/index.html'), '<!doctype html><title>Forside</title>')
  return dir
}

/** Every file under a folder with its content: what "unchanged" is compared on. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) =>
    readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : (files[relative(dir, join(d, n))] = readFileSync(join(d, n), 'utf8'))))
  walk(dir)
  return files
}

function build(dir: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, env: { ...process.env, PWD: dir, INIT_CWD: dir, SITE_FIXTURES: '' }, encoding: 'utf8', stdio: 'pipe' })
    return { code: 0, output }
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string }
    return { code: err.status, output: `${err.stdout}${err.stderr}` }
  }
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('a build with a bad file', () => {
  it('stops at the content check and leaves the earlier out/ as it was', () => {
    const dir = project()
    const before = snapshot(join(dir, 'out'))
    const file = join(dir, 'content/agreements/nb/kaunas.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: active', 'status: activ'))

    const { code, output } = build(dir)
    expect(code).not.toBe(0)
    expect(output).toContain('content/agreements/nb/kaunas.md: status: "activ" is not an allowed value (one of: active, on-hold, ended)')
    expect(output).toContain('The build stopped at "check the content"')
    expect(snapshot(join(dir, 'out'))).toEqual(before)
    expect(existsSync(join(dir, '.contentlayer'))).toBe(false) // nothing after the check ran
  }, 120_000)

  it('restores the earlier out/ when next build fails after the check passed', () => {
    const dir = project()
    const before = snapshot(join(dir, 'out'))
    // Valid content, but next build fails after it has written part of out/ (its configuration
    // writes a page, then throws): a half-built site that must not stay.
    writeFileSync(
      join(dir, 'next.config.ts'),
      "import { mkdirSync, writeFileSync } from 'node:fs'\nmkdirSync('out/en', { recursive: true })\nwriteFileSync('out/en/index.html', 'half-built')\nwriteFileSync('out/index.html', 'half-built')\nthrow new Error('next build failed half-way (test)')\n",
    )

    const { code, output } = build(dir)
    expect(code).not.toBe(0)
    expect(output).toContain('The build stopped at "build the pages"')
    expect(output).toContain('out/ is as it was before this build.')
    expect(snapshot(join(dir, 'out'))).toEqual(before)
    expect(existsSync(join(dir, 'out.previous'))).toBe(false)
  }, 180_000)
})
