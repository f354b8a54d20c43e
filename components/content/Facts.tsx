import type { ReactNode } from 'react'

/** Key facts of a document as a description list; rows with no value are left out. */
export function Facts({
  rows,
}: {
  rows: [label: string, value: ReactNode | undefined | null | false][]
}) {
  const shown = rows.filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
  if (shown.length === 0) return null
  return (
    <dl className="my-6 grid grid-cols-1 gap-x-6 gap-y-2 border-y border-gray-300 py-4 sm:grid-cols-[fit-content(40%)_minmax(0,1fr)]">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          {/* The spaces keep label and value apart in the search index's text (Pagefind
              does not treat dt and dd as blocks): "Nettsted vestfoldfylke.no". */}
          <dt className="font-bold">{label}</dt> <dd className="mb-2 sm:mb-0">{value}</dd>{' '}
        </div>
      ))}
    </dl>
  )
}
