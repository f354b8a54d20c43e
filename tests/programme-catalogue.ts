/**
 * The 2021–2027 programme catalogue by region, written BY HAND from the sources below (not
 * from the content). tests/unit/programme-regions.test.ts holds the content against it;
 * tests/e2e/finder.spec.ts holds the finder page against it. If an editor changes a
 * programme's area, the tests say which region now gets a different answer, and the
 * editor checks the source again.
 *
 * Sources (stored copies of the pages, read on 2026-11-22; each is about 2021–2027 unless
 * said otherwise — interreg.no keeps 2014–2020 pages under /om-interreg/, with other areas):
 * - Sverige–Norge: https://nettsteder.regjeringen.no/interreg/om-interreg/interreg-a/sverige-norge/
 *   ("Trøndelag, Innlandet og deler av Viken"; sub-area Sentrale Skandinavia: "Innlandet
 *   fylke og deler av Viken fylke") and https://www.wangen.se/fakta/fakta-interreg-sverige-norge/
 *   ("Innlandet fylkeskommune samt delar av både Østfold och Akershus"). Not the 2014–2020
 *   page https://interreg.no/om-interreg/interreg-a/sverige-norge/ (three sub-areas).
 * - Øresund–Kattegat–Skagerrak: https://interreg.no/oresund-kattegat-skagerak/ ("Agder,
 *   Akershus, Buskerud, Østfold, Vestfold og Telemark, og Oslo") and
 *   https://interreg-oks.eu/no/larkannaoss/omprogrammet/vadarinterregoresundkattegatskagerrak.547.html
 * - Aurora: https://interreg.no/programmer-v2/interreg-aurora/ and https://interregaurora.eu/?p=14224
 *   (sub-area Aurora: Nordland, Troms, Finnmark; sub-area Sápmi adds Trøndelag and Elgå
 *   reinbeitedistrikt in Innlandet). /work/shared/facts.md 1c.
 * - North Sea: https://interreg.no/programmer-v2/nordsjoprogrammet/ ("Trøndelag, Møre og
 *   Romsdal, Vestland, Rogaland, Agder, Vestfold og Telemark, Viken, Innlandet og Oslo").
 *   Not the 2014–2020 pages, which say all of Norway.
 * - Baltic Sea Region: https://interreg.no/ostersjoprogrammet/ ("alle regioner i Midt- og
 *   Sør-Norge: Trøndelag, Møre og Romsdal, Vestland, Rogaland, Agder, Vestfold og Telemark,
 *   Viken, Oslo og Innlandet"). Not https://interreg.no/om-interreg/interreg-b/ostersjoprogrammet/
 *   (2014–2020: "Hele Norge").
 * - NPA: https://interreg.no/programmer-v2/nordlig-periferi-og-arktis/ ("Trøndelag, Nordland,
 *   Troms og Finnmark. Svalbard er også en del av programområdet"). Not the 2014–2020 page
 *   https://interreg.no/om-interreg/interreg-b/nordlig-periferi-og-arktis/ (adds Rogaland,
 *   Vestland, Møre og Romsdal).
 * - Interreg Europe: https://interreg.no/interreg-europe/ ("alle fylker i Norge").
 * - URBACT: https://interreg.no/programmer-v2/urbact/ ("Hele Norge inngår i programmet").
 * - ESPON 2030: https://interreg.no/programmer-v2/espon-2030/ ("Programmet ESPON 2030 dekker hele Norge").
 * - INTERACT is not in the catalogue: Norway takes part (ostlandssamarbeidet.no, above), but the
 *   programme serves the bodies that run Interreg programmes and has no project funds to apply
 *   for (https://eufonder.se/interreg/interact-iii.html), so it is nothing a regional actor can use.
 * - "Hele Norge" means the counties: https://interreg.no/programmer-v2/ says the programme
 *   areas cover "hele eller deler av det norske fastlandsterritoriet"; only NPA names Svalbard.
 * - NORA (not Interreg): the coastal counties from Rogaland to Troms og Finnmark,
 *   https://www.nfk.no/om-fylkeskommunen/internasjonalt-samarbeid/nordisk-samarbeid/ (facts.md 1a).
 * - Kolarctic: 2021–2027 programming discontinued on 4 April 2022,
 *   https://kolarctic.info/news-and-events/discontinuation-of-the-kolarctic-2021-2027-programming/
 *   It takes no applications, so the finder shows it for no region.
 * - Interreg Europe: "All our funds have been committed. We are not planning any more open
 *   calls during the 2021-2027 programme." (interregeurope.eu, "Call for projects", list of
 *   calls last updated 20 August 2024). It takes no applications, so the finder shows it
 *   for no region, though its area is all of Norway.
 */
import type { Region } from '../lib/content/model'

export const CATALOGUE = [
  'interreg-sverige-norge',
  'interreg-oks',
  'interreg-aurora',
  'interreg-north-sea',
  'interreg-baltic-sea-region',
  'interreg-npa',
  'interreg-europe',
  'urbact',
  'espon',
  'nora',
  'kolarctic',
]

/** Open to every county (Interreg C and the other Europe-wide programmes). */
export const EUROPE = ['interreg-europe', 'urbact', 'espon']
/** Programmes that have announced no further calls, or stopped: never offered (sources above). */
export const NOT_TAKING_APPLICATIONS = ['interreg-europe', 'kolarctic']
/** The Europe-wide programmes that still take applications. */
const EUROPE_OPEN = EUROPE.filter((id) => !NOT_TAKING_APPLICATIONS.includes(id))
/** Interreg B North Sea and Baltic Sea Region: the same regions of Mid and South Norway in 2021–2027. */
export const SEAS = ['interreg-north-sea', 'interreg-baltic-sea-region']

/** What the finder must show for a region, any theme: written from the sources above, not from the content. */
export const BY_REGION: Record<Region, string[]> = {
  agder: ['interreg-oks', ...SEAS, ...EUROPE_OPEN],
  akershus: ['interreg-sverige-norge', 'interreg-oks', ...SEAS, ...EUROPE_OPEN],
  buskerud: ['interreg-oks', ...SEAS, ...EUROPE_OPEN],
  finnmark: ['interreg-aurora', 'interreg-npa', 'nora', ...EUROPE_OPEN],
  innlandet: ['interreg-sverige-norge', 'interreg-aurora', ...SEAS, ...EUROPE_OPEN],
  'more-og-romsdal': [...SEAS, 'nora', ...EUROPE_OPEN],
  nordland: ['interreg-aurora', 'interreg-npa', 'nora', ...EUROPE_OPEN],
  oslo: ['interreg-oks', ...SEAS, ...EUROPE_OPEN],
  rogaland: [...SEAS, 'nora', ...EUROPE_OPEN],
  svalbard: ['interreg-npa'],
  telemark: ['interreg-oks', ...SEAS, ...EUROPE_OPEN],
  troms: ['interreg-aurora', 'interreg-npa', 'nora', ...EUROPE_OPEN],
  trondelag: [
    'interreg-sverige-norge',
    'interreg-aurora',
    ...SEAS,
    'interreg-npa',
    'nora',
    ...EUROPE_OPEN,
  ],
  vestfold: ['interreg-oks', ...SEAS, ...EUROPE_OPEN],
  vestland: [...SEAS, 'nora', ...EUROPE_OPEN],
  ostfold: ['interreg-sverige-norge', 'interreg-oks', ...SEAS, ...EUROPE_OPEN],
}

/** Regions only partly in a programme's area: the finder notes which part. */
export const PARTLY: Record<string, Region[]> = {
  'interreg-sverige-norge': ['akershus', 'ostfold'],
  'interreg-aurora': ['innlandet', 'trondelag'],
}

/**
 * Programmes whose 2021–2027 sources publish no Norwegian contact with e-mail or phone
 * (checked 2026-11-22 in the stored pages of interreg.no, nfk.no and the programmes' sites):
 * their cards lead to a web page instead — the contact's page (NORA: Nordland County
 * Council's International Office is named, without e-mail or phone) or the programme's own.
 */
export const NO_CONTACT_PUBLISHED = [
  'interreg-sverige-norge',
  'interreg-north-sea',
  'interreg-baltic-sea-region',
  'nora',
]
