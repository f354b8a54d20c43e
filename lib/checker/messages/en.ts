/**
 * What the content checker and npm run translations say, in English (npm run check -- --lang en,
 * or CHECK_LANG=en). Must have every entry of the Norwegian catalogue (nb.ts): the compiler says
 * which one is missing.
 */
import type { DocumentTypeName, NestedTypeName } from '../../content/model'
import type { nb } from './nb'
import type { Text, ValueWords, YamlCause } from './types'
import { reviewText, type ReviewWords } from './review'
import { countryName } from '../../i18n/format'
import type { PointFinding, Place } from '../../maps/check'

const list = (xs: readonly string[]) => xs.join(', ')
const q = (s: string) => `"${s}"`

export const value: ValueWords = (v) =>
  Array.isArray(v)
    ? 'a list'
    : v === null
      ? 'empty'
      : typeof v === 'object'
        ? 'a group of fields'
        : typeof v === 'string'
          ? q(v)
          : String(v)

const typeLabel: Record<DocumentTypeName | NestedTypeName, string> = {
  County: 'county',
  Strategy: 'strategy',
  Network: 'network',
  Agreement: 'agreement',
  Programme: 'programme',
  Contact: 'contact',
  Page: 'page',
  Period: 'period',
  DocumentLink: 'document link',
  Priority: 'priority',
  Membership: 'membership',
  LocalName: 'local name',
  Location: 'place on the map',
  ProgrammePriority: 'programme priority',
  Rate: 'rate',
  CountyRole: 'county role',
  Round: 'round',
  RecurringRound: 'yearly deadline',
  RegionPart: 'region part',
  Source: 'source',
  Change: 'change note',
}
const a = (t: DocumentTypeName | NestedTypeName) => `a ${typeLabel[t]}`

const month = (year: number, m: number) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  )
const didYouMean = (s?: string) => (s ? `; did you mean ${q(s)}?` : '')
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export const en = {
  review: (p: ReviewWords) => reviewText('en', p),
  mapPoint: (p: PointFinding): Text => {
    const country = (code: string) => `${countryName('en', code)} (${code})`
    const label = (place: Place) =>
      `${place.name ? `${q(place.name)} ` : ''}(lat ${place.lat}, lon ${place.lon})`
    const expected = `a point in ${countryName('en', p.country)}: the region's administrative centre or midpoint, with lat and lon in decimal degrees; check that lat and lon are not swapped, and that west longitude and south latitude are negative`
    switch (p.kind) {
      case 'outOfRange':
        return {
          message: `${label(p.place)} does not exist: lat must be between -90 and 90, lon between -180 and 180`,
          expected,
        }
      case 'unknownCountry':
        return {
          message: `the map data (Natural Earth) has no country with the code ${p.country}, so the point cannot be checked`,
          expected: 'a country code on the map, e.g. LT, DE, CN',
        }
      case 'inOtherCountry':
        return {
          message: `${label(p.place)} lies in ${country(p.other)}, not in ${country(p.country)}`,
          expected,
        }
      case 'atSea':
        return {
          message: `${label(p.place)} lies at sea, ${p.km} km from ${country(p.country)}`,
          expected,
        }
    }
  },
  part: {
    file: 'file',
    frontMatter: 'front matter',
    fileName: 'file name',
    body: 'body',
  },

  notContentPlace: (p: { folders: string[]; langs: string[] }): Text => ({
    message: 'is not where content goes',
    expected: `content/<type>/<language>/<name>.md, where type is one of ${list(p.folders)} and language is ${p.langs.join(' or ')}`,
  }),
  crlf: (): Text => ({
    message: 'has Windows line endings (CRLF)',
    expected: 'Unix line endings (LF): set your editor to LF and save the file again',
  }),
  frontMatterMissing: (): Text => ({
    message: 'is missing: the file does not start with ---',
    expected: 'a line ---, the fields, a line ---, then the text',
  }),
  frontMatterUnreadable: (p: { cause: YamlCause; reason: string }): Text =>
    ({
      colon: {
        message: 'cannot be read: a value has a colon',
        expected: 'put the value in double quotes, e.g. role: "Head: international office"',
      },
      duplicate: {
        message: 'cannot be read: the same field is there twice',
        expected: 'delete one of the lines',
      },
      indent: {
        message: 'cannot be read: the indentation does not match',
        expected: 'indent the fields of one group equally, with spaces',
      },
      missing: {
        message: 'cannot be read: a character is missing, often a closing quote or ]',
        expected: 'close what is opened: "…" or […]',
      },
      other: {
        message: `cannot be read (${p.reason})`,
        expected:
          'one "field: value" per line; put text with a colon, # or quotes in double quotes',
      },
    })[p.cause],
  frontMatterNotFields: (): Text => ({
    message: 'is not a list of fields',
    expected: 'one "field: value" per line',
  }),

  missing: (): Text => ({ message: 'is missing', expected: 'the field is required' }),
  missingWhen: (p: { other: string; value: string; values: string[] }): Text => ({
    message: `is missing, but ${p.other} is ${p.value}`,
    expected: `required when ${p.other} is ${p.values.join(' or ')}: say briefly why, with a source`,
  }),
  empty: (p: { required: boolean }): Text => ({
    message: 'is empty',
    expected: p.required
      ? 'the field is required: fill it in'
      : 'fill it in, or delete the line if it does not apply',
  }),
  notAField: (p: {
    name: string
    of: DocumentTypeName | NestedTypeName
    fields: string[]
    suggestion?: string
  }): Text => ({
    message: `is not a field of ${a(p.of)}${didYouMean(p.suggestion)}`,
    expected: `the fields are: ${list(p.fields)}`,
  }),
  notGroup: (p: { value: unknown; fields: string[] }): Text => ({
    message: `is ${value(p.value)}, but a group of fields is expected`,
    expected: `indented lines with ${list(p.fields)}`,
  }),
  periodOrder: (p: { from: number | string; to: number | string }): Text => ({
    message: `ends before it starts: to (${p.to}) is before from (${p.from})`,
    expected: 'to the same as from or later',
  }),
  roundOrder: (p: { opens: string; deadline: string }): Text => ({
    message: `has its deadline before it opens: deadline (${p.deadline}) is before opens (${p.opens})`,
    expected: 'deadline the same day as opens or later',
  }),
  placeholder: (): Text => ({
    message: "is still the template's TODO",
    expected: 'fill in the real value',
  }),
  numberForText: (p: { value: number }): Text => ({
    message: `is the number ${p.value}, but text is expected`,
    expected: `put it in quotes: "${p.value}"`,
  }),
  notText: (p: { value: unknown }): Text => ({
    message: `is ${value(p.value)}, but text is expected`,
    expected: 'a single line of text',
  }),
  notAllowed: (p: { value: unknown; options: readonly string[]; suggestion?: string }): Text => ({
    message: `${value(p.value)} is not an allowed value${didYouMean(p.suggestion)}`,
    expected: `one of: ${list(p.options)}`,
  }),
  notNumber: (p: { value: unknown }): Text => ({
    message: `is ${value(p.value)}, but a number is expected`,
    expected: 'digits without quotes, e.g. 2022',
  }),
  notWhole: (p: { value: number }): Text => ({
    message: `${p.value} is not a whole number`,
    expected: 'a whole number, e.g. 2022',
  }),
  notBoolean: (p: { value: unknown }): Text => ({
    message: `is ${value(p.value)}, but yes or no is expected`,
    expected: 'true or false',
  }),
  notDate: (p: { value: unknown }): Text => ({
    message: `${value(p.value)} is not a date`,
    expected: 'YYYY-MM-DD, e.g. 2026-11-22',
  }),
  notPartialDate: (p: { value: unknown }): Text => ({
    message: `${value(p.value)} is not a date`,
    expected: 'YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1991, 2022-06 or 2022-06-15',
  }),
  notMonthDay: (p: { value: unknown }): Text => ({
    message: `${value(p.value)} is not a day of the year`,
    expected: '--MM-DD, e.g. --02-15 for 15 February',
  }),
  dayDoesNotExist: (p: { value: string; year: number; month: number; days: number }): Text => ({
    message: `${p.value} does not exist: ${month(p.year, p.month)} ${p.year} has ${p.days} days`,
    expected: 'a date that exists, as YYYY-MM-DD',
  }),
  monthDoesNotExist: (p: { value: string; month: number }): Text => ({
    message: `${p.value} does not exist: there is no month ${p.month}`,
    expected: 'the month is 01–12, as YYYY-MM-DD',
  }),
  dateInFuture: (p: { value: string }): Text => ({
    message: `${p.value} is in the future`,
    expected: 'today or an earlier date',
  }),
  notList: (p: { value: unknown }): Text => ({
    message: `is ${value(p.value)}, but a list is expected`,
    expected: 'a list: [a, b] or one "- item" per line',
  }),
  emptyList: (p: { min: number }): Text => ({
    message: 'is an empty list',
    expected: `at least ${p.min}`,
  }),
  duplicateListId: (p: { id: string; list: string; first: number }): Text => ({
    message: `${q(p.id)} is also the id of ${p.list}[${p.first}]`,
    expected: `each entry in ${p.list} has its own id`,
  }),
  notHttps: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not https`,
    expected: 'a secure link that starts with https://',
  }),
  notUrl: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not a web address`,
    expected: 'a full link that starts with https://, e.g. https://www.nfk.no/',
  }),
  notEmail: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not an e-mail address`,
    expected: 'an address like name@nfk.no',
  }),
  notPhone: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not a phone number in international form`,
    expected: 'a plus, the country code and digits, spaces allowed, e.g. +47 75 65 00 00',
  }),
  notCountry: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not a country code`,
    expected: 'two capital letters (ISO 3166-1), e.g. LT, DE, CN',
  }),
  notLang: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not a language code`,
    expected: 'a language code in small letters, e.g. lt, zh, de',
  }),
  notId: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not a valid id`,
    expected:
      'small letters a–z, digits and hyphens, no spaces or æ, ø, å, e.g. kaunas or nordland-2022-2026',
  }),
  badSlug: (p: { value: string }): Text => ({
    message: `${q(p.value)} is not a valid file name`,
    expected:
      'small letters a–z, digits and hyphens, then .md, e.g. kaunas.md; no spaces, capitals or æ, ø, å',
  }),

  regionPartOutside: (p: { region: string; regions: string[] }): Text => ({
    message: `${q(p.region)} is not in regions`,
    expected: `add ${p.region} to regions, or remove this entry; regions now: ${p.regions.length ? list(p.regions) : 'none'}`,
  }),
  unknownRef: (p: {
    to: DocumentTypeName
    value: string
    known: string[]
    suggestion?: string
  }): Text => ({
    message: `unknown ${typeLabel[p.to]} ${q(p.value)}${didYouMean(p.suggestion)}`,
    expected: p.known.length
      ? `the id of an existing ${typeLabel[p.to]}: ${list(p.known)}`
      : `no ${typeLabel[p.to]} exists yet`,
  }),
  duplicateId: (p: { id: string; other: string; langs: string[] }): Text => ({
    message: `${q(p.id)} is also the id of ${p.other}`,
    expected:
      'each document has its own id; only the files of the same document in other languages share it',
  }),
  translationPending: (p: { lang: string; path: string; folder: string; id: string }): Text => ({
    message: `the ${p.lang} translation is pending: ${p.lang} readers see this text at ${p.path} with a notice`,
    expected: `write ${p.folder}/${p.lang}/<name>.md with id: ${p.id}, then remove "translation: pending"`,
  }),
  missingTranslation: (p: { lang: string; others: string[]; folder: string; id: string }): Text =>
    p.others.length === 0
      ? {
          message: `has no ${p.lang} translation: no file in ${p.folder}/${p.lang}/ has id: ${p.id}`,
          expected: `write ${p.folder}/${p.lang}/<name>.md with id: ${p.id}, or add the line "translation: pending" to this file`,
        }
      : {
          message: `has no Norwegian text: no file in ${[p.lang, ...p.others].map((l) => `${p.folder}/${l}/`).join(' or ')} has id: ${p.id}`,
          expected: `write ${[p.lang, ...p.others].map((l) => `${p.folder}/${l}/<name>.md`).join(' or ')} with id: ${p.id}, in the written standard the source and the county council use`,
        },
  pendingButComplete: (): Text => ({
    message: 'says pending, but every language has its file',
    expected: 'remove the line "translation: pending"',
  }),
  addressClash: (p: {
    path: string
    others: ({ file: string } | { section: string })[]
  }): Text => ({
    message: `gives the address ${p.path}, which ${p.others.map((o) => ('file' in o ? o.file : `the section ${q(o.section)}`)).join(' and ')} also has`,
    expected: 'a file name (slug) that no other page in this language uses',
  }),

  rawHtml: (p: { tag?: string }): Text => ({
    message: `raw HTML${p.tag ? ` ${p.tag}>` : ''} is not allowed in Markdown`,
    expected:
      'write Markdown instead: **bold**, *italic*, [text](https://…), "- " for a list, a blank line between paragraphs',
  }),
  bodyPlaceholder: (): Text => ({
    message: "is still the template's TODO",
    expected: 'write the text',
  }),
  linkNotHttps: (p: { url: string }): Text => ({
    message: `the link ${p.url} is not https`,
    expected: 'a secure link that starts with https://',
  }),
  linkRelative: (p: { url: string }): Text => ({
    message: `the link ${q(p.url)} is relative`,
    expected:
      'a full address: https://… for other sites, or a site address from the root, e.g. /nb/avtaler/kaunas/',
  }),
  linkUnknownContact: (p: { url: string; ids: string[] }): Text => ({
    message: `the link ${p.url} names a contact that does not exist`,
    expected: `the id of a contact after #: ${list(p.ids)}`,
  }),
  linkNoSlash: (p: { url: string; fixed: string }): Text => ({
    message: `the link ${p.url} lacks the final slash`,
    expected: p.fixed,
  }),
  linkNowhere: (p: { url: string }): Text => ({
    message: `the link ${p.url} goes to a page that does not exist`,
    expected:
      'the address of a page on this site, ending in /, e.g. /nb/avtaler/kaunas/; open the page in the preview and copy its address',
  }),

  changeNoteMissing: (p: { fields: string[]; lastCommit: string; today: string }): Text => ({
    message: `${list(p.fields)} changed since the file was last committed to git (${p.lastCommit}), but changes has no change note dated today or after ${p.lastCommit}`,
    expected: `add a change note to changes: "- date: ${p.today}" and "note: …", one sentence on what changed (see "Change notes" in docs/editor-guide.md); a correction of wording needs none`,
  }),

  // The reason in the term list is Norwegian (it is about Norwegian words): left out here.
  term: (p: { found: string; preferred: string; reason?: string }): Text => ({
    message: `${q(p.found)}: write ${q(p.preferred)}`,
    expected: "the site's Norwegian term; see docs/termliste.md, in Norwegian",
  }),

  report: {
    errorsHeading: 'Errors (the build stops until they are fixed):',
    warningsHeading: 'Warnings (the build goes on):',
    failed: (p: { errors: number; warnings: number; dirs: string[] }) =>
      `✖ ${count(p.errors, 'error')}, ${count(p.warnings, 'warning')} in ${p.dirs.join(', ')}. Fix the errors: docs/editor-guide.md (Norwegian: docs/redaktorveiledning.md) explains each message.`,
    passed: (p: { warnings: number; dirs: string[] }) =>
      `✔ The content is valid (${p.dirs.join(', ')})${p.warnings ? `, with ${count(p.warnings, 'warning')}` : ''}.`,
  },

  translations: {
    todoHeading: (p: { count: number }) => `To look at (${p.count}):`,
    okHeading: (p: { count: number }) => `Up to date (${p.count}):`,
    missing: (p: { missing: string[] }) =>
      `MISSING: no ${p.missing.join(', ')} file (npm run check fails)`,
    pending: (p: { missing: string[] }) =>
      `PENDING: no ${p.missing.join(', ')} file (marked pending)`,
    stale: (p: { newer: string; newerDate: string; older: string; olderDate: string }) =>
      `STALE?: ${p.newer} updated ${p.newerDate}, ${p.older} ${p.olderDate}: check that ${p.older} says the same`,
    ok: (p: { date: string }) => `ok (both updated ${p.date})`,
    summary: (p: { ok: number; todo: string[] }) =>
      `${count(p.ok, 'document')} translated and up to date, ${p.todo.length} to look at${p.todo.length ? `: ${list(p.todo)}` : ''}.`,
  },

  scaffold: {
    usage: (p: { types: string[] }) =>
      `Usage: npm run new -- <type> <slug> [--en <english slug>]\n  Types: ${list(p.types)}`,
    needsValue: (p: { option: string }) => `${p.option} needs a value`,
    unknownType: (p: { type: string }) => `unknown type ${q(p.type)}`,
    noType: () => 'say which type of document to make',
    noSlug: () => 'say the file name (slug) of the new document, e.g. kaunas',
    idExists: (p: { type: DocumentTypeName; id: string; folder: string }) =>
      `${typeLabel[p.type]} ${q(p.id)} exists already (same id in ${p.folder})`,
    fileExists: (p: { path: string }) => `${p.path} exists already`,
    written: (p: { paths: string[] }) =>
      `✔ Wrote\n${p.paths.map((x) => `  ${x}`).join('\n')}\nFill in every TODO in both files, then run: npm run check`,
  },
} satisfies typeof nb
