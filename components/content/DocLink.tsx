import type { Localized } from '@/lib/content'

/** A link to a document; a fallback document's title keeps its own language. */
export function DocLink({
  doc,
  className = 'text-brand-700 underline',
}: {
  doc: Localized
  className?: string
}) {
  return (
    <a href={doc.href} lang={doc.fallback ? doc.lang : undefined} className={className}>
      {doc.title}
    </a>
  )
}

/** Links to several documents, separated by commas. */
export function DocLinks({ docs }: { docs: Localized[] }) {
  return (
    <>
      {docs.map((d, i) => (
        <span key={d.id}>
          {i > 0 && ', '}
          <DocLink doc={d} />
        </span>
      ))}
    </>
  )
}
