/**
 * Translation keys are typed (lib/i18n/i18next.d.ts): a key missing from the Bokmål files
 * fails the type check, as `npm run typecheck` would report it. Each fixture in
 * tests/fixtures/typed-keys/ is compiled with the project's compiler options.
 */
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = process.cwd()
const FIXTURES = join(root, 'tests/fixtures/typed-keys')
const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
)!

const FILES = ['known.ts', 'misspelt.ts', 'unknown-section.ts']

/** The type errors of every fixture (one program: they do not import each other), by file. */
function compileFixtures(): Record<string, string[]> {
  const program = ts.createProgram({
    rootNames: [...FILES.map((f) => join(FIXTURES, f)), join(root, 'lib/i18n/i18next.d.ts')],
    options: { ...config.options, noEmit: true, incremental: false },
  })
  const errors: Record<string, string[]> = Object.fromEntries(FILES.map((f) => [f, []]))
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const fixture = FILES.find((f) => d.file?.fileName === join(FIXTURES, f))
    if (!fixture) continue
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start!)
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]
    errors[fixture].push(`${line + 1}: TS${d.code}: ${text}`)
  }
  return errors
}

let compiled: Record<string, string[]> | undefined
const typeErrors = (fixture: string) => (compiled ??= compileFixtures())[fixture]

describe('typed translation keys', () => {
  it('accept keys the Bokmål files have, written out or built from a section', () => {
    expect(typeErrors('known.ts')).toEqual([])
  }, 120_000)

  it('reject a misspelt key', () => {
    const errors = typeErrors('misspelt.ts')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^4: TS2345: Argument of type '\["nav\.hom"\]' is not assignable/)
  })

  it('reject a key built from a section the registry does not have', () => {
    const errors = typeErrors('unknown-section.ts')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^5: TS2345: Argument of type '\[`nav\.\$\{[^`]*\}`\]'|"nav\.news"/)
  })
})
