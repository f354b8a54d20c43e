import { AccessibilityStatementExtras } from '@/components/content/AccessibilityStatementExtras'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import type { Localized, Page } from '@/lib/content'

export function FreePageView({ doc }: { doc: Localized<Page> }) {
  return <DocumentArticle doc={doc}>{doc.id === 'accessibility' && <AccessibilityStatementExtras lang={doc.pageLang} />}</DocumentArticle>
}
