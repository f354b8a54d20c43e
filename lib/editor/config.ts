/**
 * The web editor's configuration (Sveltia CMS), derived from the one content model in
 * lib/content/model.ts, as contentlayer.config.ts is: every document type becomes a
 * collection, every field a widget with its required flag, its options, its reference
 * picker and its description as help text. Nothing here names a field; a field added to
 * the model is in the editor after the next build (tests/unit/editor-config.test.ts).
 *
 * Layout: content/<folder>/<lang>/<slug>.md (Sveltia's `multiple_folders`). The Norwegian
 * and English file of a document are paired by their `id` (Sveltia's `canonical_slug` key),
 * and each language has its own slug, typed when the document is created.
 */
import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms'
import { DEFAULT_LANG, LANGS, REQUIRED_LANGS } from '../i18n/config'
import { getT } from '../i18n'
import {
  commonFields,
  documentTypes,
  nestedTypes,
  type DocumentTypeName,
  type FieldDef,
  type FieldFormat,
  type Fields,
  type ListItem,
} from '../content/model'
import type { EditorSettings } from './settings'
import { CONTENT_FORMAT } from './format-name'

/**
 * The form of a formatted string, checked as the editor types. The content checker
 * (lib/checker/validate/formats.ts) stays the judge at build time; these only catch the
 * common slip early. `satisfies` makes a new format in the model fail the type check here.
 */
const FORMAT_PATTERNS = {
  url: ['^https://[^\\s]+\\.[^\\s]+$', 'En fullstendig lenke som begynner med https://'],
  source: [
    '^(?!(https?:|www\\.))|^https://[^\\s]+$',
    'En lenke som begynner med https://, eller en henvisning til et dokument',
  ],
  email: ['^[^\\s@]+@[^\\s@]+\\.[A-Za-z]{2,}$', 'En e-postadresse, for eksempel navn@nfk.no'],
  phone: ['^\\+\\d{1,3}( ?\\d){4,14}$', 'Pluss, landskode og sifre, for eksempel +47 75 65 00 00'],
  country: ['^[A-Z]{2}$', 'To store bokstaver (ISO 3166-1), for eksempel LT eller DE'],
  lang: [
    '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
    'En språkkode med små bokstaver, for eksempel lt, zh eller de',
  ],
  'partial-date': [
    '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, for eksempel 1991 eller 2022-06',
  ],
  'month-day': ['^--\\d{2}-\\d{2}$', 'Måned og dag med to streker foran, for eksempel --02-15'],
  id: [
    '^[a-z0-9]+(-[a-z0-9]+)*$',
    'Små bokstaver a–z, sifre og bindestrek, uten mellomrom eller æ, ø, å',
  ],
} as const satisfies Record<FieldFormat, readonly [string, string]>

/** Formats whose value is the same in both languages (a code, a link, a date), not text to translate. */
const SHARED_FORMATS: readonly FieldFormat[] = [
  'url',
  'email',
  'phone',
  'country',
  'lang',
  'partial-date',
  'month-day',
  'id',
]

/** Each document type's collection name is its content folder. */
const collectionOf = (type: DocumentTypeName) => documentTypes[type].folder

/**
 * Whether a field holds the same value in both languages (ids, references, codes, dates,
 * numbers, choices): the editor then fills it once, in Norwegian, and copies it to English.
 * Text, lists and groups are edited per language (sources and priorities differ in wording).
 */
function isShared(field: FieldDef): boolean {
  switch (field.type) {
    case 'string':
      return field.format !== undefined && SHARED_FORMATS.includes(field.format)
    case 'list':
      return field.of.type === 'ref' || field.of.type === 'enum'
    case 'nested':
      return false
    default:
      return true
  }
}

/** The help text: the model's description, and when the field is required only sometimes. */
function hint(field: FieldDef): string {
  const when = field.requiredWhen
    ? ` (Required when ${field.requiredWhen.field} is ${field.requiredWhen.in.join(' or ')}.)`
    : ''
  return `${field.description}${when}`
}

function patternOf(format: FieldFormat | undefined): Record<string, unknown> {
  return format ? { pattern: [...FORMAT_PATTERNS[format]] } : {}
}

/** A relation widget: picks an existing document of the type by its id, shown by its title. */
function relation(to: DocumentTypeName) {
  return {
    widget: 'relation',
    collection: collectionOf(to),
    value_field: 'id',
    search_fields: ['title', 'id'],
    display_fields: ['title'],
  } as const
}

/**
 * How a field is stored per language: 'top' fields decide (shared or per language); inside
 * a group kept per language every field is per language too, or the English side could not
 * add an item (Sveltia lets a language edit only the fields marked for it).
 */
type Level = 'top' | 'perLanguage' | 'inherit'

/** The widget for a value of a list (the part of a field that is not its name, label or hint). */
function itemWidget(item: ListItem): Record<string, unknown> {
  switch (item.type) {
    case 'string':
      return { widget: 'string', ...patternOf(item.format) }
    case 'enum':
      return { widget: 'select', options: [...item.options] }
    case 'ref':
      return relation(item.to)
    case 'nested':
      return { widget: 'object', fields: toFields(nestedTypes[item.of]) }
  }
}

/** One field of the model as an editor field, with its language setting (see Level). */
export function toField(name: string, field: FieldDef, level: Level = 'inherit'): Field {
  const base: Record<string, unknown> = {
    name,
    label: name,
    hint: hint(field),
    required: field.required === true,
  }
  if (level === 'top') base.i18n = isShared(field) ? 'duplicate' : true
  if (level === 'perLanguage') base.i18n = true
  const inner: Level = base.i18n === true ? 'perLanguage' : 'inherit'
  let widget: Record<string, unknown>
  switch (field.type) {
    case 'string':
      widget = { widget: 'string', ...patternOf(field.format) }
      break
    case 'number':
      widget = { widget: 'number', value_type: field.integer ? 'int' : 'float' }
      break
    case 'date':
      // Stored as YYYY-MM-DD, which the checker and Contentlayer read as a date.
      widget = { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }
      break
    case 'boolean':
      widget = { widget: 'boolean' }
      break
    case 'enum':
      widget = { widget: 'select', options: [...field.options] }
      break
    case 'ref':
      widget = relation(field.to)
      break
    case 'nested':
      widget = { widget: 'object', fields: toFields(nestedTypes[field.of], inner) }
      break
    case 'list': {
      const min = field.min !== undefined ? { min: field.min } : {}
      const item = field.of
      // A list of choices or of references is one multiple select; other lists repeat a widget.
      if (item.type === 'enum' || item.type === 'ref')
        widget = { ...itemWidget(item), multiple: true, ...min }
      else if (item.type === 'nested')
        widget = { widget: 'list', fields: toFields(nestedTypes[item.of], inner), ...min }
      else
        widget = {
          widget: 'list',
          field: {
            name: 'item',
            label: name,
            ...(inner === 'perLanguage' ? { i18n: true } : {}),
            ...itemWidget(item),
          },
          ...min,
        }
      break
    }
  }
  return { ...base, ...widget } as Field
}

function toFields(fields: Fields, level: Level = 'inherit'): Field[] {
  return Object.entries(fields).map(([name, field]) => toField(name, field, level))
}

/** The Markdown text under the front matter. */
const BODY: Field = {
  name: 'body',
  label: 'body',
  widget: 'markdown',
  required: false,
  i18n: true,
  hint: 'The text of the page, in Markdown',
}

/** One collection per document type, in the model's order. */
export function collections(): EntryCollection[] {
  const t = getT(DEFAULT_LANG)
  return (Object.keys(documentTypes) as DocumentTypeName[]).map((type) => {
    const folder = collectionOf(type)
    const singular = t(`content:type.${type}`)
    return {
      name: folder,
      label: t(`nav.${folder}`, { defaultValue: singular }),
      label_singular: singular,
      folder: `content/${folder}`,
      extension: 'md',
      // Markdown with front matter, written back so that unchanged fields keep their bytes (lib/editor/front-matter.ts).
      format: CONTENT_FORMAT,
      i18n: true,
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title', 'updated'],
      // Each language's file name can be typed when the document is created (in the Slug
      // panel), and is kept after that: a published slug is a URL. It starts as the
      // language's own title, in a–z (see `slug` below).
      slug: {
        template: '{{title}}',
        i18n: true,
        editable: ['create'],
        hint: 'The file name, and the last part of the page address: small letters a–z, digits and hyphens (made from the title, unless you type another)',
        pattern: [...FORMAT_PATTERNS.id],
      },
      fields: [...toFields({ ...commonFields, ...documentTypes[type].fields }, 'top'), BODY],
    } as EntryCollection
  })
}

/** The whole configuration for the settings of this build. */
export function editorConfig(settings: EditorSettings): CmsConfig {
  const backend =
    settings.backend === 'local'
      ? // Only "work with local repository" is offered on this machine; the GitHub name is a placeholder the local mode ignores.
        { name: 'github', repo: 'local/working-tree', branch: settings.branch }
      : {
          name: settings.backend,
          repo: settings.repo,
          branch: settings.branch,
          ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
          ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
        }
  return {
    backend,
    // The sign-in page says "Velkommen til <this>", and the browser tab shows it.
    app_title: getT(DEFAULT_LANG)('site.name'),
    publish_mode: settings.editorialWorkflow ? 'editorial_workflow' : 'simple',
    // The content has no images; uploads (if any) would go beside the site's other files.
    media_folder: 'public/media',
    public_folder: '/media',
    site_url: settings.siteUrl,
    // An optional field left empty is left out of the file, as the checker expects.
    output: { omit_empty_optional_fields: true },
    // A typed file name keeps to a–z, digits and hyphens, as the checker demands.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: {
      structure: 'multiple_folders',
      locales: [...LANGS],
      default_locale: DEFAULT_LANG,
      // A new document starts in the languages every document needs; a language that may
      // fall back (nynorsk) is switched on per document by the editor, as the checker allows.
      initial_locales: [...REQUIRED_LANGS],
      // The `id` front matter field pairs a document's files across languages.
      canonical_slug: { key: 'id', value: '{{fields.id}}' },
    },
    collections: collections(),
  } as CmsConfig
}
