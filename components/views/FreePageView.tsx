import { AccessibilityStatementExtras } from '@/components/content/AccessibilityStatementExtras'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import type { Localized, Page } from '@/lib/content'
import type { Lang } from '@/lib/i18n'

export function FreePageView({ doc }: { doc: Localized<Page> }) {
  return <DocumentArticle doc={doc}>{doc.id === 'accessibility' && <AccessibilityStatementExtras lang={doc.pageLang as Lang} />}</DocumentArticle>
}
