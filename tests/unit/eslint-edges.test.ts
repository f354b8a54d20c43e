/**
 * ESLint holds the edges between the rooms (eslint.config.mjs): lib/ never imports from
 * components/ or app/, and only lib/content/ imports the generated content. Each fixture in
 * tests/fixtures/eslint-edges/ breaks one edge; it is linted as if it lay where it breaks it.
 */
import { ESLint } from 'eslint'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = process.cwd()
const eslint = new ESLint({ cwd: root })

/** The no-restricted-imports errors for a fixture's text, linted as the file at `as`. */
async function edgeErrors(fixture: string, as: string): Promise<string[]> {
  const text = readFileSync(join(root, 'tests/fixtures/eslint-edges', fixture), 'utf8')
  const [result] = await eslint.lintText(text, { filePath: join(root, as) })
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.line}: ${m.message}`)
}

describe('the edges ESLint enforces', () => {
  it('lib/ does not import from components/, by a relative path or by @/', async () => {
    const errors = await edgeErrors('lib-imports-component.ts', 'lib/maps/edge.ts')
    expect(errors).toEqual([
      expect.stringMatching(
        /^1: '\.\.\/\.\.\/components\/maps\/PartnerMap' import is restricted.*lib\/ does not import from components\/ or app\//,
      ),
      expect.stringMatching(
        /^2: '@\/components\/layout\/SiteFrame' import is restricted.*lib\/ does not import from components\/ or app\//,
      ),
    ])
  }, 60_000)

  it('lib/ does not import from app/', async () => {
    expect(await edgeErrors('lib-imports-app.ts', 'lib/maps/edge.ts')).toEqual([
      expect.stringMatching(/^1: '@\/app\/\[lang\]\/layout' import is restricted/),
    ])
  })

  it('lib/content/ is held to the same edge', async () => {
    expect(await edgeErrors('lib-imports-app.ts', 'lib/content/edge.ts')).toHaveLength(1)
  })

  it('only lib/content/ imports the generated content', async () => {
    for (const as of ['lib/checker/edge.ts', 'components/views/edge.tsx', 'app/edge.tsx'])
      expect(await edgeErrors('reads-generated-content.ts', as), as).toEqual([
        expect.stringMatching(
          /^1: 'contentlayer\/generated' import is restricted.*Only lib\/content\/ imports the generated content/,
        ),
      ])
    expect(await edgeErrors('reads-generated-content.ts', 'lib/content/edge.ts')).toEqual([])
  })
})
