import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { collections, editorConfig, toField } from '../../lib/editor/config'
import { editorSettings } from '../../lib/editor/settings'
import {
  commonFields,
  documentTypes,
  nestedTypes,
  type DocumentTypeName,
  type FieldDef,
  type Fields,
} from '../../lib/content/model'
import { LANGS, REQUIRED_LANGS } from '../../lib/i18n/config'
import { renderNginx } from '../../scripts/deploy/nginx'
import { renderHeaders } from '../../scripts/deploy/static-host'

/** The web editor's configuration is derived from lib/content/model.ts: every field, in every type, with its rules. */

type EditorField = {
  name: string
  hint?: string
  required?: boolean
  widget: string
  options?: string[]
  collection?: string
  value_field?: string
  multiple?: boolean
  min?: number
  i18n?: unknown
  fields?: EditorField[]
  field?: EditorField
  pattern?: [string, string]
}

const types = Object.keys(documentTypes) as DocumentTypeName[]
const config = editorConfig(editorSettings({ EDITOR_REPO: 'county/site' })!)
const byName = Object.fromEntries(
  (config.collections as { name: string; fields: EditorField[] }[]).map((c) => [c.name, c]),
)

/** Checks one editor field against its model field, and its nested fields all the way down. */
function expectMatches(path: string, def: FieldDef, f: EditorField) {
  expect(f.name, path).toBe(path.split('.').at(-1))
  expect(f.hint, path).toContain(def.description)
  expect(f.required, path).toBe(def.required === true)
  const nestedOf =
    def.type === 'nested'
      ? def.of
      : def.type === 'list' && def.of.type === 'nested'
        ? def.of.of
        : undefined
  if (nestedOf) expectAllFields(path, nestedTypes[nestedOf], f.fields ?? [])
  const refTo =
    def.type === 'ref'
      ? def.to
      : def.type === 'list' && def.of.type === 'ref'
        ? def.of.to
        : undefined
  if (refTo) {
    // A reference picks an existing document of its type by the id both languages share.
    expect(f.widget, path).toBe('relation')
    expect(f.collection, path).toBe(documentTypes[refTo].folder)
    expect(f.value_field, path).toBe('id')
  }
  const options =
    def.type === 'enum'
      ? def.options
      : def.type === 'list' && def.of.type === 'enum'
        ? def.of.options
        : undefined
  if (options) {
    expect(f.widget, path).toBe('select')
    expect(f.options, path).toEqual([...options])
  }
  if (def.type === 'list') {
    expect(f.min, path).toBe(def.min)
    if (def.of.type === 'ref' || def.of.type === 'enum') expect(f.multiple, path).toBe(true)
  }
}

function expectAllFields(path: string, model: Fields, fields: EditorField[]) {
  expect(
    fields.map((f) => f.name).filter((n) => n !== 'body'),
    path,
  ).toEqual(Object.keys(model))
  for (const [name, def] of Object.entries(model))
    expectMatches(
      `${path}.${name}`,
      def,
      fields.find((f) => f.name === name)!,
    )
}

describe('the web editor configuration, generated from the content model', () => {
  it('has one collection per document type, in its folder, paired by id with a slug per language', () => {
    expect(Object.keys(byName)).toEqual(types.map((t) => documentTypes[t].folder))
    for (const type of types) {
      const c = byName[documentTypes[type].folder] as unknown as {
        folder: string
        i18n: boolean
        slug: { i18n: boolean }
      }
      expect(c.folder).toBe(`content/${documentTypes[type].folder}`)
      expect(c.i18n).toBe(true)
      expect(c.slug.i18n).toBe(true)
    }
    expect(config.i18n).toMatchObject({
      structure: 'multiple_folders',
      locales: [...LANGS],
      initial_locales: [...REQUIRED_LANGS],
      default_locale: 'nb',
      canonical_slug: { key: 'id' },
    })
  })

  for (const type of types) {
    it(`covers every field of ${type}, nested fields too, with help text, required flags, choices and references`, () => {
      const fields = byName[documentTypes[type].folder].fields
      expectAllFields(type, { ...commonFields, ...documentTypes[type].fields }, fields)
      expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' })
    })
  }

  it('a field added to the model is in the editor, and one taken out is gone', () => {
    const agreement = documentTypes.Agreement.fields
    const location = agreement.location
    try {
      agreement.website = {
        type: 'string',
        format: 'url',
        description: "The partner region's website",
      }
      delete (agreement as Record<string, FieldDef | undefined>).location
      const fields = collections().find((c) => c.name === 'agreements')!.fields as EditorField[]
      expect(fields.find((f) => f.name === 'website')).toMatchObject({
        widget: 'string',
        required: false,
        hint: "The partner region's website",
        i18n: 'duplicate',
      })
      expect(fields.find((f) => f.name === 'location')).toBeUndefined()
    } finally {
      delete (agreement as Record<string, FieldDef | undefined>).website
      agreement.location = location
    }
    // The model is as before (the configuration above was built from it).
    expect(Object.keys(agreement)).toEqual(
      byName.agreements.fields
        .map((f) => f.name)
        .filter((n) => !(n in commonFields) && n !== 'body'),
    )
  })

  it('text is written per language; ids, references, codes and dates once, for both', () => {
    const fields = byName.agreements.fields
    const i18n = (name: string) => fields.find((f) => f.name === name)?.i18n
    expect(
      ['title', 'description', 'statusNote', 'sources', 'partnerName', 'body'].map(i18n),
    ).toEqual([true, true, true, true, true, true])
    expect(
      ['id', 'country', 'counties', 'since', 'status', 'through', 'themes', 'updated'].map(i18n),
    ).toEqual(Array(8).fill('duplicate'))
  })

  it('formatted strings get the form they must have, and a required-when field says when', () => {
    expect(
      toField('email', { type: 'string', format: 'email', description: 'E-mail' }),
    ).toMatchObject({ pattern: [expect.any(String), expect.stringContaining('e-post')] })
    const statusNote = byName.agreements.fields.find((f) => f.name === 'statusNote')!
    expect(statusNote.required).toBe(false)
    expect(statusNote.hint).toContain('on-hold or ended')
    const country = new RegExp(
      byName.agreements.fields.find((f) => f.name === 'country')!.pattern![0],
    )
    expect(['LT', 'DE'].every((v) => country.test(v))).toBe(true)
    expect(['lt', 'Lithuania'].some((v) => country.test(v))).toBe(false)
  })

  it('takes the git host from the settings, and saves as merge requests when asked', () => {
    const gitlab = editorConfig(
      editorSettings({
        EDITOR_BACKEND: 'gitlab',
        EDITOR_REPO: 'fylke/nettsted',
        EDITOR_BRANCH: 'trunk',
        EDITOR_WORKFLOW: 'editorial',
      })!,
    )
    expect(gitlab.backend).toMatchObject({
      name: 'gitlab',
      repo: 'fylke/nettsted',
      branch: 'trunk',
    })
    expect(gitlab.publish_mode).toBe('editorial_workflow')
    expect(config.backend).toMatchObject({ name: 'github', repo: 'county/site', branch: 'main' })
    expect(config.publish_mode).toBe('simple')
    expect(() => editorSettings({ EDITOR_BACKEND: 'svn' })).toThrow(/EDITOR_BACKEND/)
  })

  it('survives the trip through YAML as written to config.yml', async () => {
    const { stringify } = await import('yaml')
    expect(parse(stringify(config))).toEqual(JSON.parse(JSON.stringify(config)))
  })
})

describe('the web editor has its own policy, only under /admin/', () => {
  const hashes = { scriptHashes: ["'sha256-abc'"], styleHashes: [] }
  it('nginx: a location for /admin/ with the looser policy; the site keeps its own', () => {
    const conf = renderNginx(hashes, { root: '/srv/site' })
    const admin = /location \^~ \/admin\/ \{([\s\S]*?)\n    \}/.exec(conf)?.[1] ?? ''
    expect(admin).toContain("style-src 'self' 'unsafe-inline'")
    expect(admin).toContain("connect-src 'self' data: https://api.github.com https://gitlab.com")
    expect(admin).toContain('X-Robots-Tag "noindex, nofollow"')
    const site = /location \/ \{([\s\S]*?)\n    \}/.exec(conf)?.[1] ?? ''
    expect(site).toContain('$intsam_csp_0')
    expect(site).not.toContain('unsafe-inline')
    expect(conf.match(/unsafe-inline/g)).toHaveLength(1)
  })

  it('_headers: an /admin/* rule after the site-wide one', () => {
    const headers = renderHeaders(hashes)
    const [site, admin] = headers.split('\n/admin/*\n')
    expect(site).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'")
    expect(site).not.toContain('unsafe-inline')
    expect(admin).toMatch(
      /^ {2}Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'/,
    )
  })
})
