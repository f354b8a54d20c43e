/**
 * Who to ask when no programme fits a choice: the county council of the chosen area and
 * its international contact, from the content where there is one, and interreg.no, which
 * has the Norwegian contacts of every Interreg programme. A choice is never a dead end.
 */
import {
  contactsOfCounty,
  getCounties,
  type Contact,
  type County,
  type Localized,
} from '@/lib/content'
import type { Lang } from '@/lib/i18n'
import type { Region } from '@/lib/content/model'

/** interreg.no's overview of the programmes Norway takes part in, each with its Norwegian contacts. */
export const INTERREG_NO = 'https://interreg.no/programmer-v2/'

type CountyContact = {
  county: Localized<County>
  /** The county's international contact in the content: an office before a person, one with e-mail or phone before one without. */
  contact?: Localized<Contact>
}

/** The county councils (still existing) whose area includes the region, each with its international contact if the content has one. */
export function countyContacts(lang: Lang, region: Region): CountyContact[] {
  return getCounties(lang)
    .filter((c) => c.dissolved === undefined && c.regions.includes(region))
    .map((county) => ({ county, contact: contactsOfCounty(lang, county.id)[0] }))
}
