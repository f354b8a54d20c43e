/**
 * What the content checker (npm run check) and npm run translations say, in Norwegian:
 * the default language, and the shape every other catalogue must have (en.ts satisfies it).
 * One entry per message code; each takes the facts of the problem and words them.
 * `message` says what is wrong, `expected` what to write instead.
 */
import type { DocumentTypeName, NestedTypeName } from '../../content/model'
import type { Text, ValueWords, YamlCause } from './types'
import { reviewText, type ReviewWords } from './review'
import { countryName } from '../../i18n/format'
import type { PointFinding, Place } from '../../maps/check'

const list = (xs: readonly string[]) => xs.join(', ')
const q = (s: string) => `«${s}»`

/** How a value an editor wrote is named in a message. */
export const value: ValueWords = (v) =>
  Array.isArray(v)
    ? 'en liste'
    : v === null
      ? 'tom'
      : typeof v === 'object'
        ? 'en gruppe felt'
        : typeof v === 'string'
          ? q(v)
          : String(v)

/** A document or nested type, with its indefinite article. */
export const typeName: Record<DocumentTypeName | NestedTypeName, string> = {
  County: 'en fylkeskommune',
  Strategy: 'en strategi',
  Network: 'et nettverk',
  Agreement: 'en avtale',
  Programme: 'et program',
  Contact: 'en kontakt',
  Page: 'en side',
  Period: 'en periode',
  DocumentLink: 'en dokumentlenke',
  Priority: 'en prioritering',
  Membership: 'et medlemskap',
  LocalName: 'et navn på eget språk',
  Location: 'et sted på kartet',
  ProgrammePriority: 'et innsatsområde',
  Rate: 'en støttesats',
  CountyRole: 'en fylkeskommunes rolle',
  Round: 'en søknadsrunde',
  RecurringRound: 'en fast årlig frist',
  RegionPart: 'en del av et område',
  Source: 'en kilde',
  Change: 'en endringsmerknad',
}

/** A document type after "ukjent" (unknown), without article, and its plural. */
const refName: Record<DocumentTypeName, [string, string]> = {
  County: ['fylkeskommune', 'fylkeskommuner'],
  Strategy: ['strategi', 'strategier'],
  Network: ['nettverk', 'nettverk'],
  Agreement: ['avtale', 'avtaler'],
  Programme: ['program', 'programmer'],
  Contact: ['kontakt', 'kontakter'],
  Page: ['side', 'sider'],
}

/** A language code as a word: "på engelsk", "den engelske oversettelsen". */
const language: Record<string, { name: string; the: string }> = {
  nb: { name: 'bokmål', the: 'norske' },
  nn: { name: 'nynorsk', the: 'nynorske' },
  en: { name: 'engelsk', the: 'engelske' },
}
const langName = (l: string) => language[l]?.name ?? l
const langThe = (l: string) => language[l]?.the ?? l

const month = (year: number, m: number) =>
  new Intl.DateTimeFormat('nb-NO', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  )
const didYouMean = (s?: string) => (s ? ` – mente du ${q(s)}?` : '')
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const nb = {
  // The review queue (lib/checker/review): worded in the interface's review namespace.
  review: (p: ReviewWords) => reviewText('nb', p),
  // A map point outside its country (lib/maps/check.ts says the facts).
  mapPoint: (p: PointFinding): Text => {
    const country = (code: string) => `${countryName('nb', code)} (${code})`
    const label = (place: Place) =>
      `${place.name ? `${q(place.name)} ` : ''}(lat ${place.lat}, lon ${place.lon})`
    const expected = `et punkt i ${countryName('nb', p.country)}: regionens administrasjonssenter eller midtpunkt, med lat og lon i desimalgrader; sjekk at lat og lon ikke er byttet om, og at vestlig lengde og sørlig bredde har minus`
    switch (p.kind) {
      case 'outOfRange':
        return {
          message: `${label(p.place)} finnes ikke: lat må være mellom -90 og 90, lon mellom -180 og 180`,
          expected,
        }
      case 'unknownCountry':
        return {
          message: `kartdataene (Natural Earth) har ikke noe land med koden ${p.country}, så punktet kan ikke sjekkes`,
          expected: 'en landkode som finnes på kartet, f.eks. LT, DE, CN',
        }
      case 'inOtherCountry':
        return {
          message: `${label(p.place)} ligger i ${country(p.other)}, ikke i ${country(p.country)}`,
          expected,
        }
      case 'atSea':
        return {
          message: `${label(p.place)} ligger i havet, ${p.km} km fra ${country(p.country)}`,
          expected,
        }
    }
  },
  // Parts of a file that are not fields.
  part: {
    file: 'filen',
    frontMatter: 'feltene',
    fileName: 'filnavnet',
    body: 'teksten',
  },

  // Where a file is (lib/checker/validate/load.ts).
  notContentPlace: (p: { folders: string[]; langs: string[] }): Text => ({
    message: 'ligger ikke der innhold skal ligge',
    expected: `content/<type>/<språk>/<navn>.md, der type er en av ${list(p.folders)} og språk er ${p.langs.join(' eller ')}`,
  }),
  crlf: (): Text => ({
    message: 'har Windows-linjeskift (CRLF)',
    expected: 'Unix-linjeskift (LF): still editoren på LF og lagre filen på nytt',
  }),
  frontMatterMissing: (): Text => ({
    message: 'mangler: filen begynner ikke med ---',
    expected: 'en linje ---, feltene, en linje ---, så teksten',
  }),
  frontMatterUnreadable: (p: { cause: YamlCause; reason: string }): Text =>
    ({
      colon: {
        message: 'kan ikke leses: en verdi har et kolon',
        expected: 'sett verdien i doble anførselstegn, f.eks. role: "Leder: internasjonalt kontor"',
      },
      duplicate: {
        message: 'kan ikke leses: det samme feltet står to ganger',
        expected: 'slett den ene linjen',
      },
      indent: {
        message: 'kan ikke leses: innrykket stemmer ikke',
        expected: 'rykk inn underfeltene i en gruppe like langt, med mellomrom',
      },
      missing: {
        message: 'kan ikke leses: et tegn mangler, ofte et anførselstegn eller ] til slutt',
        expected: 'avslutt det som er åpnet: "…" eller […]',
      },
      other: {
        message: `kan ikke leses (${p.reason})`,
        expected:
          'ett «felt: verdi» per linje; sett tekst med kolon, # eller anførselstegn i doble anførselstegn',
      },
    })[p.cause],
  frontMatterNotFields: (): Text => ({
    message: 'er ikke en liste med felt',
    expected: 'ett «felt: verdi» per linje',
  }),

  // Fields against the model (lib/checker/validate/fields.ts, formats.ts).
  missing: (): Text => ({ message: 'mangler', expected: 'feltet er påkrevd' }),
  missingWhen: (p: { other: string; value: string; values: string[] }): Text => ({
    message: `mangler, men ${p.other} er ${p.value}`,
    expected: `feltet er påkrevd når ${p.other} er ${p.values.join(' eller ')}: skriv kort hvorfor, med kilde`,
  }),
  empty: (p: { required: boolean }): Text => ({
    message: 'er tomt',
    expected: p.required
      ? 'feltet er påkrevd: fyll det inn'
      : 'fyll det inn, eller slett linjen hvis det ikke gjelder',
  }),
  notAField: (p: {
    name: string
    of: DocumentTypeName | NestedTypeName
    fields: string[]
    suggestion?: string
  }): Text => ({
    message: `er ikke et felt i ${typeName[p.of]}${didYouMean(p.suggestion)}`,
    expected: `feltene er: ${list(p.fields)}`,
  }),
  notGroup: (p: { value: unknown; fields: string[] }): Text => ({
    message: `er ${value(p.value)}, men skal være en gruppe felt`,
    expected: `linjer med innrykk for ${list(p.fields)}`,
  }),
  periodOrder: (p: { from: number | string; to: number | string }): Text => ({
    message: `slutter før den begynner: to (${p.to}) er før from (${p.from})`,
    expected: 'to samme år som from eller senere',
  }),
  roundOrder: (p: { opens: string; deadline: string }): Text => ({
    message: `har frist før den åpner: deadline (${p.deadline}) er før opens (${p.opens})`,
    expected: 'deadline samme dag som opens eller senere',
  }),
  placeholder: (): Text => ({
    message: 'er fortsatt TODO fra malen',
    expected: 'skriv den riktige verdien',
  }),
  numberForText: (p: { value: number }): Text => ({
    message: `er tallet ${p.value}, men skal være tekst`,
    expected: `sett det i anførselstegn: "${p.value}"`,
  }),
  notText: (p: { value: unknown }): Text => ({
    message: `er ${value(p.value)}, men skal være tekst`,
    expected: 'én linje med tekst',
  }),
  notAllowed: (p: { value: unknown; options: readonly string[]; suggestion?: string }): Text => ({
    message: `${value(p.value)} er ikke en tillatt verdi${didYouMean(p.suggestion)}`,
    expected: `en av: ${list(p.options)}`,
  }),
  notNumber: (p: { value: unknown }): Text => ({
    message: `er ${value(p.value)}, men skal være et tall`,
    expected: 'bare sifre, uten anførselstegn, f.eks. 2022',
  }),
  notWhole: (p: { value: number }): Text => ({
    message: `${p.value} er ikke et helt tall`,
    expected: 'et helt tall, f.eks. 2022',
  }),
  notBoolean: (p: { value: unknown }): Text => ({
    message: `er ${value(p.value)}, men skal være ja eller nei`,
    expected: 'true eller false',
  }),
  notDate: (p: { value: unknown }): Text => ({
    message: `${value(p.value)} er ikke en dato`,
    expected: 'ÅÅÅÅ-MM-DD, f.eks. 2026-11-22',
  }),
  notPartialDate: (p: { value: unknown }): Text => ({
    message: `${value(p.value)} er ikke en dato`,
    expected: 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, f.eks. 1991, 2022-06 eller 2022-06-15',
  }),
  notMonthDay: (p: { value: unknown }): Text => ({
    message: `${value(p.value)} er ikke en dag i året`,
    expected: '--MM-DD, f.eks. --02-15 for 15. februar',
  }),
  dayDoesNotExist: (p: { value: string; year: number; month: number; days: number }): Text => ({
    message: `${p.value} finnes ikke: ${month(p.year, p.month)} ${p.year} har ${p.days} dager`,
    expected: 'en dato som finnes, som ÅÅÅÅ-MM-DD',
  }),
  monthDoesNotExist: (p: { value: string; month: number }): Text => ({
    message: `${p.value} finnes ikke: det er ingen måned ${p.month}`,
    expected: 'måneden er 01–12, som ÅÅÅÅ-MM-DD',
  }),
  dateInFuture: (p: { value: string }): Text => ({
    message: `${p.value} er fram i tid`,
    expected: 'i dag eller en tidligere dato',
  }),
  notList: (p: { value: unknown }): Text => ({
    message: `er ${value(p.value)}, men skal være en liste`,
    expected: 'en liste: [a, b] eller én «- verdi» per linje',
  }),
  emptyList: (p: { min: number }): Text => ({
    message: 'er en tom liste',
    expected: `minst ${p.min}`,
  }),
  duplicateListId: (p: { id: string; list: string; first: number }): Text => ({
    message: `${q(p.id)} er også id-en til ${p.list}[${p.first}]`,
    expected: `hver oppføring i ${p.list} har sin egen id`,
  }),
  notHttps: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke https`,
    expected: 'en sikker lenke som begynner med https://',
  }),
  notUrl: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke en nettadresse`,
    expected: 'en hel lenke som begynner med https://, f.eks. https://www.nfk.no/',
  }),
  notEmail: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke en e-postadresse`,
    expected: 'en adresse som navn@nfk.no',
  }),
  notPhone: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke et telefonnummer med landkode`,
    expected: 'pluss, landkoden og sifrene, gjerne med mellomrom, f.eks. +47 75 65 00 00',
  }),
  notCountry: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke en landkode`,
    expected: 'to store bokstaver (ISO 3166-1), f.eks. LT, DE, CN',
  }),
  notLang: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke en språkkode`,
    expected: 'en språkkode med små bokstaver, f.eks. lt, zh, de',
  }),
  notId: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke en gyldig id`,
    expected:
      'små bokstaver a–z, sifre og bindestrek, uten mellomrom eller æ, ø, å, f.eks. kaunas eller nordland-2022-2026',
  }),
  badSlug: (p: { value: string }): Text => ({
    message: `${q(p.value)} er ikke et gyldig filnavn`,
    expected:
      'små bokstaver a–z, sifre og bindestrek, så .md, f.eks. kaunas.md; ikke mellomrom, store bokstaver eller æ, ø, å',
  }),

  // Between fields and between documents (rules.ts, references.ts, index.ts).
  regionPartOutside: (p: { region: string; regions: string[] }): Text => ({
    message: `${q(p.region)} står ikke i regions`,
    expected: `legg ${p.region} til i regions, eller fjern denne oppføringen; regions nå: ${p.regions.length ? list(p.regions) : 'ingen'}`,
  }),
  unknownRef: (p: {
    to: DocumentTypeName
    value: string
    known: string[]
    suggestion?: string
  }): Text => ({
    message: `ukjent ${refName[p.to][0]} ${q(p.value)}${didYouMean(p.suggestion)}`,
    expected: p.known.length
      ? `id-en til ${typeName[p.to]} som finnes: ${list(p.known)}`
      : `det finnes ingen ${refName[p.to][1]} ennå`,
  }),
  duplicateId: (p: { id: string; other: string; langs: string[] }): Text => ({
    message: `${q(p.id)} er også id-en til ${p.other}`,
    expected:
      'hvert dokument har sin egen id; bare filene til det samme dokumentet på andre språk deler den',
  }),
  translationPending: (p: { lang: string; path: string; folder: string; id: string }): Text => ({
    message: `den ${langThe(p.lang)} oversettelsen venter: lesere på ${langName(p.lang)} ser denne teksten på ${p.path} med en merknad`,
    expected: `skriv ${p.folder}/${p.lang}/<navn>.md med id: ${p.id}, og fjern så «translation: pending»`,
  }),
  missingTranslation: (p: { lang: string; others: string[]; folder: string; id: string }): Text =>
    p.others.length === 0
      ? {
          message: `mangler den ${langThe(p.lang)} oversettelsen: ingen fil i ${p.folder}/${p.lang}/ har id: ${p.id}`,
          expected: `skriv ${p.folder}/${p.lang}/<navn>.md med id: ${p.id}, eller legg linjen «translation: pending» til i denne filen`,
        }
      : {
          message: `mangler en norsk tekst: ingen fil i ${[p.lang, ...p.others].map((l) => `${p.folder}/${l}/`).join(' eller ')} har id: ${p.id}`,
          expected: `skriv ${[p.lang, ...p.others].map((l) => `${p.folder}/${l}/<navn>.md på ${langName(l)}`).join(' eller ')}, med id: ${p.id}: på den målformen kilden og fylkeskommunen bruker`,
        },
  pendingButComplete: (): Text => ({
    message: 'sier pending, men filen finnes på begge språk',
    expected: 'fjern linjen «translation: pending»',
  }),
  addressClash: (p: {
    path: string
    others: ({ file: string } | { section: string })[]
  }): Text => ({
    message: `gir adressen ${p.path}, som også ${p.others.map((o) => ('file' in o ? o.file : `seksjonen ${q(o.section)}`)).join(' og ')} har`,
    expected: 'et filnavn som ingen annen side på dette språket bruker',
  }),

  // The Markdown text (body.ts).
  rawHtml: (p: { tag?: string }): Text => ({
    message: `HTML${p.tag ? ` (${p.tag}>)` : ''} er ikke lov i Markdown`,
    expected:
      'skriv Markdown i stedet: **fet**, *kursiv*, [tekst](https://…), «- » for en liste, en tom linje mellom avsnitt',
  }),
  bodyPlaceholder: (): Text => ({
    message: 'er fortsatt TODO fra malen',
    expected: 'skriv teksten',
  }),
  linkNotHttps: (p: { url: string }): Text => ({
    message: `lenken ${p.url} er ikke https`,
    expected: 'en sikker lenke som begynner med https://',
  }),
  linkRelative: (p: { url: string }): Text => ({
    message: `lenken ${q(p.url)} er relativ`,
    expected:
      'en hel adresse: https://… til andre nettsteder, eller en adresse på nettstedet fra roten, f.eks. /nb/avtaler/kaunas/',
  }),
  linkUnknownContact: (p: { url: string; ids: string[] }): Text => ({
    message: `lenken ${p.url} viser til en kontakt som ikke finnes`,
    expected: `id-en til en kontakt etter #: ${list(p.ids)}`,
  }),
  linkNoSlash: (p: { url: string; fixed: string }): Text => ({
    message: `lenken ${p.url} mangler skråstreken til slutt`,
    expected: p.fixed,
  }),
  linkNowhere: (p: { url: string }): Text => ({
    message: `lenken ${p.url} går til en side som ikke finnes`,
    expected:
      'adressen til en side på nettstedet, med / til slutt, f.eks. /nb/avtaler/kaunas/; åpne siden i forhåndsvisningen og kopier adressen',
  }),

  // A substantive change without a change note (lib/checker/validate/changes.ts).
  changeNoteMissing: (p: { fields: string[]; lastCommit: string; today: string }): Text => ({
    message: `${list(p.fields)} er endret siden filen sist ble lagret i git (${p.lastCommit}), men changes har ingen endringsmerknad datert i dag eller etter ${p.lastCommit}`,
    expected: `legg til en endringsmerknad i changes: «- date: ${p.today}» og «note: …», én setning om hva som er endret (se «Endringsmerknader» i docs/redaktorveiledning.md); en retting av ordlyd trenger ingen`,
  }),

  // The site's own words (terms.ts, docs/termliste.md).
  term: (p: { found: string; preferred: string; reason?: string }): Text => ({
    message: `${q(p.found)}: skriv ${q(p.preferred)}`,
    expected: `${p.reason ? `${p.reason}; ` : ''}se docs/termliste.md`,
  }),

  // The report (report.ts).
  report: {
    errorsHeading: 'Feil (nettstedet bygges ikke før de er rettet):',
    warningsHeading: 'Advarsler (bygget går videre):',
    failed: (p: { errors: number; warnings: number; dirs: string[] }) =>
      `✖ ${plural(p.errors, 'feil', 'feil')} og ${plural(p.warnings, 'advarsel', 'advarsler')} i ${p.dirs.join(', ')}. Rett feilene; docs/redaktorveiledning.md forklarer hver melding.`,
    passed: (p: { warnings: number; dirs: string[] }) =>
      `✔ Innholdet er i orden (${p.dirs.join(', ')})${p.warnings ? `, men se på ${plural(p.warnings, 'advarsel', 'advarsler')}` : ''}.`,
  },

  // npm run translations (scripts/translations.ts).
  translations: {
    todoHeading: (p: { count: number }) => `Trenger arbeid (${p.count}):`,
    okHeading: (p: { count: number }) => `I orden (${p.count}):`,
    missing: (p: { missing: string[] }) =>
      `MANGLER: ingen fil på ${p.missing.map(langName).join(' og ')} (npm run check feiler)`,
    pending: (p: { missing: string[] }) =>
      `VENTER: ingen fil på ${p.missing.map(langName).join(' og ')} (merket pending)`,
    stale: (p: { newer: string; newerDate: string; older: string; olderDate: string }) =>
      `ULIK DATO: ${langName(p.newer)} oppdatert ${p.newerDate}, ${langName(p.older)} ${p.olderDate}: sjekk at den ${langThe(p.older)} sier det samme`,
    ok: (p: { date: string }) => `ok (begge oppdatert ${p.date})`,
    summary: (p: { ok: number; todo: string[] }) =>
      `${plural(p.ok, 'dokument', 'dokumenter')} er oversatt og oppdatert; ${p.todo.length === 0 ? 'ingen trenger arbeid' : `${p.todo.length} trenger arbeid: ${list(p.todo)}`}.`,
  },

  // npm run new (scripts/new-content.ts).
  scaffold: {
    usage: (p: { types: string[] }) =>
      `Slik: npm run new -- <type> <filnavn> [--en <engelsk filnavn>]\n  Typer: ${list(p.types)}`,
    needsValue: (p: { option: string }) => `${p.option} trenger en verdi`,
    unknownType: (p: { type: string }) => `ukjent type ${q(p.type)}`,
    noType: () => 'si hvilken type dokument du vil lage',
    noSlug: () => 'si filnavnet (slug) til det nye dokumentet, f.eks. kaunas',
    idExists: (p: { type: DocumentTypeName; id: string; folder: string }) =>
      `${refName[p.type][0]} ${q(p.id)} finnes allerede (samme id i ${p.folder})`,
    fileExists: (p: { path: string }) => `${p.path} finnes allerede`,
    written: (p: { paths: string[] }) =>
      `✔ Skrev\n${p.paths.map((x) => `  ${x}`).join('\n')}\nFyll inn hver TODO i begge filene, og kjør så: npm run check`,
  },
}
