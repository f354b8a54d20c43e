/**
 * Which view shows each section's page and each type's document page. Both maps are
 * typed against the registry (lib/sections.ts): a section or a document type without a
 * view is a compile error, not a page that fails at build or run time.
 */
import type { ReactNode } from 'react'
import type { DocOf, Localized } from '@/lib/content'
import type { Lang } from '@/lib/i18n'
import type { DocumentPageType, Section } from '@/lib/sections'
import { AgreementView } from './documents/AgreementView'
import { CountyView } from './documents/CountyView'
import { NetworkView } from './documents/NetworkView'
import { ProgrammeView } from './documents/ProgrammeView'
import { StrategyView } from './documents/StrategyView'
import { FinderView } from './FinderView'
import { AgreementList } from './lists/AgreementList'
import { ContactDirectory } from './lists/ContactDirectory'
import { CountyList } from './lists/CountyList'
import { NetworkList } from './lists/NetworkList'
import { StrategyList } from './lists/StrategyList'
import { ProgrammesByStrand } from '@/components/programme/ProgrammesByStrand'
import { SearchView } from './SearchView'
import { ChangesView } from './ChangesView'

/**
 * The page of a section. A list is framed by the section's heading and introduction
 * (ListFrame); a section with a page script of its own (finder, search) draws its page.
 */
export const SECTION_VIEWS = {
  strategies: StrategyList,
  agreements: AgreementList,
  networks: NetworkList,
  programmes: ProgrammesByStrand,
  counties: CountyList,
  contacts: ContactDirectory,
  finder: FinderView,
  search: SearchView,
  changes: ChangesView,
} satisfies Record<Section, (props: { lang: Lang }) => ReactNode>

/** The page of one document, by its type. */
export const DOCUMENT_VIEWS = {
  Strategy: StrategyView,
  Agreement: AgreementView,
  Network: NetworkView,
  Programme: ProgrammeView,
  County: CountyView,
} satisfies { [T in DocumentPageType]: (props: { doc: Localized<DocOf<T>> }) => ReactNode }
