/**
 * The content model: every document type, its fields and what each field means.
 *
 * This is the one description of the content. `contentlayer.config.ts` turns it into
 * Contentlayer document types, the content checker (`npm run check`) validates front
 * matter against it with messages an editor can act on, and the scaffolder
 * (`npm run new`) writes new files with every field and its description.
 *
 * It is plain data (no Contentlayer import) so scripts can read it without a build.
 */

import {
  AGREEMENT_STATUSES,
  CONTACT_KINDS,
  COUNTY_ROLES,
  NETWORK_KINDS,
  PROGRAMME_STATUSES,
  PROGRAMME_STRANDS,
  REGIONS,
  THEMES,
} from './vocabulary'

// The controlled values (themes, regions, kinds, statuses) live in ./vocabulary.ts, plain lists a page script can import alone.
export {
  AGREEMENT_STATUSES,
  CONTACT_KINDS,
  COUNTY_ROLES,
  NETWORK_KINDS,
  PROGRAMME_STATUSES,
  PROGRAMME_STRANDS,
  REGIONS,
  THEMES,
}
export type { Region, Theme } from './vocabulary'

/** Field formats checked beyond the type: an editor gets told the expected form. */
export type FieldFormat =
  | 'url' // https URL
  | 'email'
  | 'phone' // +47 and digits, spaces allowed
  | 'country' // ISO 3166-1 alpha-2, upper case
  | 'lang' // BCP 47 language tag
  | 'partial-date' // YYYY, YYYY-MM or YYYY-MM-DD
  | 'month-day' // --MM-DD (ISO 8601): a day that comes back every year
  | 'source' // https URL or a citation of a document
  | 'id' // lower-case letters, digits and hyphens

export type NestedTypeName =
  | 'Period'
  | 'DocumentLink'
  | 'Priority'
  | 'Membership'
  | 'LocalName'
  | 'Location'
  | 'ProgrammePriority'
  | 'Rate'
  | 'CountyRole'
  | 'Round'
  | 'RecurringRound'
  | 'RegionPart'
  | 'Source'
  | 'Change'

export type DocumentTypeName =
  'County' | 'Strategy' | 'Network' | 'Agreement' | 'Programme' | 'Contact' | 'Page'

/** Required only when another field of the same document has one of some values (the checker enforces it). */
type RequiredWhen = { field: string; in: readonly string[] }
type Base = { description: string; required?: boolean; requiredWhen?: RequiredWhen }
type ScalarField =
  | (Base & { type: 'string'; format?: FieldFormat })
  | (Base & { type: 'number'; integer?: boolean })
  | (Base & { type: 'date'; notInFuture?: boolean }) // notInFuture: the checker rejects a date after today
  | (Base & { type: 'boolean' })
  | (Base & { type: 'enum'; options: readonly string[] })
  | (Base & { type: 'ref'; to: DocumentTypeName })
export type ListItem =
  | { type: 'string'; format?: FieldFormat }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'ref'; to: DocumentTypeName }
  | { type: 'nested'; of: NestedTypeName }
export type FieldDef =
  | ScalarField
  | (Base & { type: 'list'; of: ListItem; min?: number })
  | (Base & { type: 'nested'; of: NestedTypeName })
export type Fields = Record<string, FieldDef>

const ref = (to: DocumentTypeName, description: string, required = true): FieldDef => ({
  type: 'ref',
  to,
  description,
  required,
})
const refs = (to: DocumentTypeName, description: string, required = false): FieldDef => ({
  type: 'list',
  of: { type: 'ref', to },
  description,
  required,
})

export const nestedTypes = {
  Period: {
    from: { type: 'number', integer: true, required: true, description: 'First year, e.g. 2022' },
    to: { type: 'number', integer: true, required: true, description: 'Last year, e.g. 2026' },
  },
  DocumentLink: {
    title: { type: 'string', required: true, description: 'Name of the document' },
    url: {
      type: 'string',
      format: 'url',
      required: true,
      description: 'https link to the document',
    },
  },
  Priority: {
    id: {
      type: 'string',
      format: 'id',
      required: true,
      description: 'Stable id, used as the anchor (#id); never change it once published',
    },
    title: { type: 'string', required: true, description: 'The priority as the strategy names it' },
    text: { type: 'string', description: 'A short explanation in plain words' },
    points: {
      type: 'list',
      of: { type: 'string' },
      description: 'The points under the priority, as the strategy states them',
    },
    agreements: refs('Agreement', 'Agreements that carry out this priority (their id)'),
    networks: refs('Network', 'Networks that carry out this priority (their id)'),
    programmes: refs('Programme', 'Programmes that carry out this priority (their id)'),
  },
  Membership: {
    county: ref('County', 'The county (its id)'),
    role: {
      type: 'string',
      description:
        'Its role now, e.g. "member", "co-owner"; a role for one year ("chair in 2026") goes on the review list once that year is over',
    },
    since: {
      type: 'string',
      format: 'partial-date',
      description: 'Since when: YYYY, YYYY-MM or YYYY-MM-DD',
    },
  },
  LocalName: {
    text: { type: 'string', required: true, description: "The partner's name in its own language" },
    lang: {
      type: 'string',
      format: 'lang',
      required: true,
      description: 'Language code of that name, e.g. lt, zh, de',
    },
  },
  Location: {
    name: {
      type: 'string',
      required: true,
      description:
        'The place the point marks: the administrative centre of the region (e.g. "Gatchina"), or "centroid of …" where it has none',
    },
    lat: {
      type: 'number',
      required: true,
      description: 'Latitude of that place in decimal degrees, north positive, e.g. 59.57',
    },
    lon: {
      type: 'number',
      required: true,
      description: 'Longitude of that place in decimal degrees, east positive, e.g. 30.12',
    },
    source: {
      type: 'string',
      format: 'source',
      required: true,
      description:
        'https link to (or a citation of) a source that names this place as the administrative centre, or gives the centroid',
    },
  },
  ProgrammePriority: {
    id: {
      type: 'string',
      format: 'id',
      required: true,
      description: 'Stable id, used as the anchor',
    },
    title: {
      type: 'string',
      required: true,
      description: "The priority in the programme's own words",
    },
    themes: {
      type: 'list',
      of: { type: 'enum', options: THEMES },
      required: true,
      description: 'Project themes this priority fits (for the finder)',
    },
  },
  Rate: {
    label: {
      type: 'string',
      required: true,
      description: 'Who or what the rate is for, e.g. "Norwegian partners"',
    },
    value: {
      type: 'string',
      required: true,
      description: 'The rate as the source gives it, e.g. "up to 50 %"',
    },
    source: {
      type: 'string',
      format: 'url',
      required: true,
      description: 'https link to where the rate is stated',
    },
  },
  CountyRole: {
    county: ref('County', 'The county (its id)'),
    role: {
      type: 'enum',
      options: COUNTY_ROLES,
      required: true,
      description: 'contact-point, co-manager or co-funder',
    },
    source: {
      type: 'string',
      format: 'url',
      required: true,
      description: 'https link to where the role is stated',
    },
  },
  RegionPart: {
    region: {
      type: 'enum',
      options: REGIONS,
      required: true,
      description: 'A region only partly in the programme area (it must also be listed in regions)',
    },
    part: {
      type: 'string',
      required: true,
      description:
        'Which part of it can take part, in plain words, e.g. "the Sámi sub-area: reindeer herding district Elgå"',
    },
  },
  Source: {
    url: {
      type: 'string',
      format: 'source',
      required: true,
      description: 'https link to the source, or a citation of a document',
    },
    published: {
      type: 'string',
      format: 'partial-date',
      description:
        'The date the source gives for itself (published or last updated): YYYY, YYYY-MM or YYYY-MM-DD; leave out if it gives none',
    },
    read: {
      type: 'date',
      notInFuture: true,
      description:
        'The day you read the source (YYYY-MM-DD), for a source that gives no date of its own: its facts are then as of that day',
    },
  },
  Change: {
    date: {
      type: 'date',
      required: true,
      notInFuture: true,
      description: 'The day the change was made on the site (YYYY-MM-DD)',
    },
    note: {
      type: 'string',
      required: true,
      description:
        'One sentence in the language of the file saying what changed and why, e.g. "Status changed to discontinued after the programme\'s announcement of 12 March 2026"',
    },
  },
  Round: {
    title: { type: 'string', required: true, description: 'Name of the application round' },
    opens: { type: 'date', description: 'When applications open (YYYY-MM-DD)' },
    deadline: { type: 'date', required: true, description: 'Application deadline (YYYY-MM-DD)' },
    url: { type: 'string', format: 'url', required: true, description: 'https link to the call' },
  },
  RecurringRound: {
    title: {
      type: 'string',
      required: true,
      description: 'Which applications the deadlines are for, e.g. "Hovedprosjekt"',
    },
    deadlines: {
      type: 'list',
      of: { type: 'string', format: 'month-day' },
      required: true,
      min: 1,
      description:
        'Deadlines the source gives as the same every year, as --MM-DD, e.g. --02-15 for 15 February',
    },
    source: {
      type: 'string',
      format: 'url',
      required: true,
      description:
        'https link to where the recurring deadlines are stated (list it in sources with its published or read date)',
    },
  },
} satisfies Record<NestedTypeName, Fields>

/** Fields every document has, whatever its type. */
export const commonFields: Fields = {
  id: {
    type: 'string',
    format: 'id',
    required: true,
    description:
      'The id shared by the Norwegian and English file of this document; other documents refer to it by this id',
  },
  title: { type: 'string', required: true, description: 'The name shown as the page heading' },
  description: {
    type: 'string',
    required: true,
    description: 'One or two sentences: shown in lists and search engines',
  },
  updated: {
    type: 'date',
    required: true,
    notInFuture: true,
    description: 'When the content was last changed (YYYY-MM-DD)',
  },
  checked: {
    type: 'date',
    required: true,
    notInFuture: true,
    description:
      'The day a person last compared this text with its sources (YYYY-MM-DD); not the day the file was saved',
  },
  sources: {
    type: 'list',
    of: { type: 'nested', of: 'Source' },
    min: 1,
    required: true,
    description:
      'Where the facts come from: each an https link or a citation of a document (url), with the date the source gives for itself (published)',
  },
  changes: {
    type: 'list',
    of: { type: 'nested', of: 'Change' },
    description:
      'Substantive changes (a status, period, deadline, contact, member or partner that changed), newest first: each a date and one sentence; shown on the page and in the feeds. A correction of wording needs none',
  },
  translation: {
    type: 'enum',
    options: ['pending'],
    description:
      'Write "pending" when the Bokmål or English file is not written yet: readers then see this text with a notice (a Nynorsk file is optional and needs no mark)',
  },
}

export const documentTypes: Record<DocumentTypeName, { folder: string; fields: Fields }> = {
  County: {
    folder: 'counties',
    fields: {
      founded: {
        type: 'number',
        integer: true,
        description: 'The year it came into being in its present form, if a source gives it',
      },
      dissolved: {
        type: 'number',
        integer: true,
        description: 'The last year it existed, if it no longer exists',
      },
      predecessors: refs('County', 'Counties it was formed from (their id)'),
      successors: refs('County', 'Counties that took over when it was dissolved (their id)'),
      regions: {
        type: 'list',
        of: { type: 'enum', options: REGIONS },
        required: true,
        description: 'The areas it covers (for the programme finder)',
      },
      website: {
        type: 'string',
        format: 'url',
        required: true,
        description: "The county council's website",
      },
      office: {
        type: 'string',
        description: 'Name of the office that does the international work',
      },
      officeRole: { type: 'string', description: "The office's role, in a sentence or two" },
      location: {
        type: 'nested',
        of: 'Location',
        description:
          'Where the county council has its administrative centre, marked on the maps, with its source; npm run check tests that it lies in Norway',
      },
    },
  },
  Strategy: {
    folder: 'strategies',
    fields: {
      county: ref('County', 'The county whose strategy this is (its id)'),
      adoptedBy: {
        type: 'string',
        required: true,
        description: 'The body that adopted it, e.g. "Nordland fylkesting"',
      },
      adopted: {
        type: 'string',
        format: 'partial-date',
        description:
          'When it was adopted: YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source); leave out when no source gives it (the page then says it was not found)',
      },
      period: {
        type: 'nested',
        of: 'Period',
        required: true,
        description: 'The years the strategy covers',
      },
      priorities: {
        type: 'list',
        of: { type: 'nested', of: 'Priority' },
        description:
          'The priorities, in the order of the strategy and in its words; leave out when the strategy itself was not found (never fill them in from other pages)',
      },
      documents: {
        type: 'list',
        of: { type: 'nested', of: 'DocumentLink' },
        description: 'Links to the full documents',
      },
    },
  },
  Network: {
    folder: 'networks',
    fields: {
      shortName: { type: 'string', description: 'Abbreviation, e.g. AER' },
      kind: {
        type: 'enum',
        options: NETWORK_KINDS,
        required: true,
        description: 'european, nordic, barents, brussels-office or regional',
      },
      members: {
        type: 'list',
        of: { type: 'nested', of: 'Membership' },
        required: true,
        min: 1,
        description: 'The counties on this site that take part, and their role',
      },
      website: { type: 'string', format: 'url', description: "The network's website" },
    },
  },
  Agreement: {
    folder: 'agreements',
    fields: {
      partnerName: {
        type: 'nested',
        of: 'LocalName',
        description: "The partner's name in its own language, if it differs",
      },
      country: {
        type: 'string',
        format: 'country',
        required: true,
        description: 'Country code (ISO 3166-1 alpha-2), e.g. LT',
      },
      counties: refs(
        'County',
        'The counties that hold the agreement, past and present (their id)',
        true,
      ),
      since: {
        type: 'string',
        format: 'partial-date',
        required: true,
        description: 'When it began: YYYY, YYYY-MM or YYYY-MM-DD',
      },
      status: {
        type: 'enum',
        options: AGREEMENT_STATUSES,
        required: true,
        description: 'active, on-hold or ended',
      },
      statusNote: {
        type: 'string',
        requiredWhen: { field: 'status', in: ['on-hold', 'ended'] },
        description: 'Why it is on hold or ended',
      },
      through: {
        type: 'ref',
        to: 'Network',
        description: 'The body it runs through, if any (its id)',
      },
      themes: {
        type: 'list',
        of: { type: 'enum', options: THEMES },
        required: true,
        description: 'What the cooperation is about',
      },
      location: {
        type: 'nested',
        of: 'Location',
        description:
          'Where the partner is on the maps: its administrative centre (or centroid), with its source; npm run check tests that it lies in the country',
      },
    },
  },
  Programme: {
    folder: 'programmes',
    fields: {
      shortName: { type: 'string', required: true, description: 'Short name, e.g. NPA' },
      strand: {
        type: 'enum',
        options: PROGRAMME_STRANDS,
        required: true,
        description:
          'cross-border (Interreg A), transnational (Interreg B), interregional (Interreg C) or other',
      },
      period: {
        type: 'nested',
        of: 'Period',
        description:
          'The programme period; leave it out when no source gives the current period with certainty (NORA runs on strategy periods whose current end year sources disagree on)',
      },
      website: {
        type: 'string',
        format: 'url',
        required: true,
        description: 'The official website',
      },
      status: {
        type: 'enum',
        options: PROGRAMME_STATUSES,
        required: true,
        description:
          'open, on-hold (no call now; calls may come again), closed (the programme has announced no further calls) or discontinued (stopped)',
      },
      statusNote: {
        type: 'string',
        requiredWhen: { field: 'status', in: ['on-hold', 'closed', 'discontinued'] },
        description: 'What happened',
      },
      statusSource: {
        type: 'string',
        format: 'url',
        required: true,
        description:
          'https link to where the status is stated (list it in sources with its published or read date: "open" is shown as current only while that date is recent)',
      },
      countries: {
        type: 'list',
        of: { type: 'string', format: 'country' },
        required: true,
        min: 1,
        description: 'Countries taking part (ISO codes)',
      },
      regions: {
        type: 'list',
        of: { type: 'enum', options: REGIONS },
        required: true,
        description: 'Norwegian areas whose actors are eligible',
      },
      regionParts: {
        type: 'list',
        of: { type: 'nested', of: 'RegionPart' },
        description:
          'Regions only partly in the programme area, and which part (shown in the finder)',
      },
      regionsNote: { type: 'string', description: 'Anything more about who is eligible' },
      regionsSource: {
        type: 'string',
        format: 'url',
        required: true,
        description: 'https link to where the area is stated',
      },
      priorities: {
        type: 'list',
        of: { type: 'nested', of: 'ProgrammePriority' },
        required: true,
        min: 1,
        description: 'What it funds',
      },
      prioritiesSource: {
        type: 'string',
        format: 'url',
        required: true,
        description: 'https link to where the priorities are stated',
      },
      rates: { type: 'list', of: { type: 'nested', of: 'Rate' }, description: 'Funding rates' },
      counties: {
        type: 'list',
        of: { type: 'nested', of: 'CountyRole' },
        description: "Each county's role in the programme",
      },
      contacts: refs('Contact', 'Contact points for this programme (their id)'),
      rounds: {
        type: 'list',
        of: { type: 'nested', of: 'Round' },
        description: 'Application rounds with dates from a source',
      },
      recurringRounds: {
        type: 'list',
        of: { type: 'nested', of: 'RecurringRound' },
        description:
          'Deadlines a source gives as the same every year ("15 February and 15 September"), with that source',
      },
      roundsNote: {
        type: 'string',
        description: 'How often there are rounds, when no dates are known',
      },
      roundsSource: {
        type: 'string',
        format: 'url',
        description: 'https link to where the rounds are stated',
      },
    },
  },
  Contact: {
    folder: 'contacts',
    fields: {
      kind: {
        type: 'enum',
        options: CONTACT_KINDS,
        required: true,
        description: 'person or office',
      },
      role: {
        type: 'string',
        required: true,
        description: 'The role, e.g. "Norwegian contact point for Interreg NPA"',
      },
      organisation: {
        type: 'string',
        required: true,
        description:
          'The organisation the contact belongs to, without its town (that goes in locality)',
      },
      locality: {
        type: 'string',
        description:
          'The town or place where the contact works, e.g. Tromsø, only if a public source gives it (shown in the address of the vCard)',
      },
      county: {
        type: 'ref',
        to: 'County',
        description: 'The county (its id), if the contact works for one',
      },
      email: {
        type: 'string',
        format: 'email',
        description: 'E-mail address, only if a public source gives it',
      },
      phone: {
        type: 'string',
        format: 'phone',
        description:
          'Phone number with country code, e.g. +47 75 65 00 00, only if a public source gives it',
      },
      website: { type: 'string', format: 'url', description: 'A page about the contact' },
      programmes: refs('Programme', 'Programmes the contact is for (their id)'),
      source: {
        type: 'string',
        format: 'url',
        required: true,
        description:
          'https link to the public page that names this contact (list it in sources too, with its date)',
      },
    },
  },
  Page: {
    folder: 'pages',
    fields: {},
  },
}
