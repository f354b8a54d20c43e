/**
 * Contentlayer configuration, built from the one content model in lib/content/model.ts.
 * Content lives in content/<type folder>/<lang>/<slug>.md; the language and slug come
 * from the path, so an editor never types them twice.
 */
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import type { FieldDef, Fields, ListItem, NestedTypeName } from './lib/content/model'
import { commonFields, documentTypes, nestedTypes } from './lib/content/model'
import { pathParts } from './lib/content/paths'

// Contentlayer needs its nested types as objects; build each once, by name.
const nested = Object.fromEntries(
  Object.entries(nestedTypes).map(([name, fields]) => [
    name,
    defineNestedType(() => ({ name, fields: toContentlayerFields(fields) })),
  ]),
) as Record<NestedTypeName, ReturnType<typeof defineNestedType>>

function toListItem(item: ListItem) {
  switch (item.type) {
    case 'nested':
      return nested[item.of]
    case 'enum':
      return { type: 'enum' as const, options: [...item.options] }
    default:
      // refs are ids: plain strings, resolved and checked by lib/content
      return { type: 'string' as const }
  }
}

function toField(field: FieldDef) {
  const base = { description: field.description, required: field.required ?? false }
  // A year needs no quotes (since: 2025), and YAML reads it as a number: Contentlayer's string
  // type would refuse it, so a partial date is JSON here (the checker allows text or a year)
  // and lib/i18n's formatPartialDate reads either.
  if (field.type === 'string' && field.format === 'partial-date')
    return { ...base, type: 'json' as const }
  switch (field.type) {
    case 'ref':
      return { ...base, type: 'string' as const }
    case 'enum':
      return { ...base, type: 'enum' as const, options: [...field.options] }
    case 'nested':
      return { ...base, type: 'nested' as const, of: nested[field.of] }
    case 'list':
      return { ...base, type: 'list' as const, of: toListItem(field.of) }
    default:
      return { ...base, type: field.type }
  }
}

function toContentlayerFields(fields: Fields) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, toField(f)])) as any
}

const computedFields = {
  lang: {
    type: 'string' as const,
    resolve: (doc: { _raw: { sourceFilePath: string } }) => pathParts(doc._raw.sourceFilePath).lang,
  },
  slug: {
    type: 'string' as const,
    resolve: (doc: { _raw: { sourceFilePath: string } }) => pathParts(doc._raw.sourceFilePath).slug,
  },
}

const types = Object.entries(documentTypes).map(([name, { folder, fields }]) =>
  defineDocumentType(() => ({
    name,
    filePathPattern: `**/${folder}/*/*.md`,
    contentType: 'markdown',
    fields: toContentlayerFields({ ...commonFields, ...fields }),
    computedFields,
  })),
)

// Browser tests build with SITE_FIXTURES=1, which adds test documents (such as one whose
// translation is pending) from tests/fixtures/site-content; a normal build never has them.
const contentDirs = [
  'content',
  ...(process.env.SITE_FIXTURES === '1' ? ['tests/fixtures/site-content'] : []),
]

export default makeSource({
  contentDirPath: '.',
  contentDirInclude: contentDirs,
  documentTypes: types,
  disableImportAliasWarning: true,
  date: { timezone: 'Europe/Oslo' },
  // Strict: a file that breaks the model fails the build instead of being skipped.
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
})
