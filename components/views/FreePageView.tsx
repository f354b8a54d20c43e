import { AccessibilityStatementExtras } from '@/components/content/AccessibilityStatementExtras'
import { AboutEditorsNote, EditorAccess } from '@/components/editor/EditorLinks'
import { DocumentArticle } from '@/components/content/DocumentArticle'
import { PublisherSection } from '@/components/layout/Publisher'
import type { Localized, Page } from '@/lib/content'

export function FreePageView({ doc }: { doc: Localized<Page> }) {
  const lang = doc.pageLang
  return (
    <DocumentArticle doc={doc}>
      {doc.id === 'about' && <PublisherSection lang={lang} variant="about" />}
      {doc.id === 'about' && <AboutEditorsNote lang={lang} />}
      {doc.id === 'editors' && <EditorAccess lang={lang} />}
      {doc.id === 'accessibility' && <AccessibilityStatementExtras lang={lang} />}
    </DocumentArticle>
  )
}
