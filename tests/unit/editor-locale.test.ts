/**
 * The web editor's Bokmål interface (lib/editor/locales/nb.yaml) against the installed Sveltia
 * CMS: every English string has a Bokmål one, with the same placeholders, but the few left in
 * English on purpose; and the build's edits of Sveltia's script still apply to this version.
 * Also the editor's settings: what a build without them says, and names.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bokmalStrings, localizeScript, sveltiaScript } from '../../scripts/build-editor'
import { missingEditorWarning, readEditorSettings } from '@/lib/editor/settings'
import { NODE_MODULES } from './node-modules'

const ENGLISH = JSON.parse(
  readFileSync(join(NODE_MODULES, '@sveltia/cms/locales/en-US.json'), 'utf8'),
)
/** Meant for developers (a broken configuration file) or for services this site does not use. */
const LEFT_IN_ENGLISH = [
  'config.error.',
  'config.error_locator.',
  'config.warning.',
  'config.compatibility_link',
  'config.schema_tip',
  'cloud_storage.',
]

function flat(o: object, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  )
}
const placeholders = (s: string) => [...s.matchAll(/\{\$(\w+)/g)].map((m) => m[1]).sort()

describe("the editor's Bokmål interface", () => {
  const english = new Map(flat(ENGLISH))
  const bokmal = new Map(flat(bokmalStrings()))

  it('has every string of the installed Sveltia CMS, but those left in English on purpose', () => {
    const missing = [...english.keys()].filter(
      (k) => !bokmal.has(k) && !LEFT_IN_ENGLISH.some((p) => k.startsWith(p)),
    )
    expect(missing).toEqual([])
    expect([...bokmal.keys()].filter((k) => !english.has(k))).toEqual([])
  })

  it('keeps every placeholder and the plural form of each message', () => {
    for (const [key, text] of bokmal) {
      const en = english.get(key)!
      expect(placeholders(text), key).toEqual(placeholders(en))
      expect(text.startsWith('.input'), key).toBe(en.startsWith('.input'))
    }
  })

  it('says the words of the screens as the editor guide quotes them', () => {
    expect(bokmal.get('save')).toBe('Lagre')
    expect(bokmal.get('publish')).toBe('Publiser')
    expect(bokmal.get('workflow.send_for_review')).toBe('Send til gjennomgang')
    expect(bokmal.get('status.in_review')).toBe('Til gjennomgang')
    expect(bokmal.get('work_with_local_repo')).toBe('Arbeid med lokalt kodelager')
  })

  it("edits Sveltia's script: Bokmål and English only, fetched from /admin/locales/", () => {
    const script = localizeScript(readFileSync(sveltiaScript(), 'utf8'))
    expect(script).toContain('`nb,en-US`.split(`,`)')
    expect(script).toContain('`/admin/locales`')
    expect(() => localizeScript('nothing of Sveltia here')).toThrow(
      /0 matches for the list of interface languages/,
    )
  })
})

describe("the editor's settings", () => {
  it('without EDITOR_REPO: not set up, and the setting is named', () => {
    const none = readEditorSettings({})
    expect(none).toEqual({ missing: ['EDITOR_REPO'], problems: [] })
    expect(missingEditorWarning(none.missing)).toContain('!! NOT SET: EDITOR_REPO')
    expect(missingEditorWarning([])).toBeUndefined()
  })

  it('the test build has a repository that cannot be mistaken for a real one', () => {
    expect(readEditorSettings({ SITE_FIXTURES: '1' }).settings?.repo).toBe(
      'testeier/bare-i-testbygg',
    )
  })

  it('refuses a malformed repository, naming the setting', () => {
    expect(readEditorSettings({ EDITOR_REPO: 'just-a-name' }).problems).toEqual([
      {
        setting: 'EDITOR_REPO',
        message:
          '"just-a-name" is not a repository (expected owner/name, e.g. fylke/internasjonalt-samarbeid)',
      },
    ])
  })
})
