import type { Localized } from '@/lib/content'
import { AgreementView } from './documents/AgreementView'
import { CountyView } from './documents/CountyView'
import { NetworkView } from './documents/NetworkView'
import { ProgrammeView } from './documents/ProgrammeView'
import { StrategyView } from './documents/StrategyView'

/** The page of one document, by its type. */
export function DocumentView({ doc }: { doc: Localized }) {
  switch (doc.type) {
    case 'Strategy':
      return <StrategyView doc={doc} />
    case 'Agreement':
      return <AgreementView doc={doc} />
    case 'Network':
      return <NetworkView doc={doc} />
    case 'Programme':
      return <ProgrammeView doc={doc} />
    case 'County':
      return <CountyView doc={doc} />
    default:
      throw new Error(`No page for documents of type ${doc.type}`)
  }
}
