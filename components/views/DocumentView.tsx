import type { ReactNode } from 'react'
import type { Localized } from '@/lib/content'
import type { DocumentPageType } from '@/lib/sections'
import { DOCUMENT_VIEWS } from './registry'

/** The page of one document, by its type (routes give only types that have pages). */
export function DocumentView({ doc }: { doc: Localized }) {
  // TypeScript cannot pair a union key with its own value type: the map's `satisfies`
  // has checked each pair, so the lookup may widen the view to any document.
  const View = DOCUMENT_VIEWS[doc.type as DocumentPageType] as (props: {
    doc: Localized
  }) => ReactNode
  return <View doc={doc} />
}
