import { getT, type Lang } from '@/lib/i18n'

export type CardSource = { label: string; url: string }

/**
 * The sources of a finder card, once, at its end ("Kilder"): one link per source page,
 * naming the facts it backs. A keyboard user reaches the contact first instead of
 * passing a "(kilde)" link after every fact.
 */
export function CardSources({
  lang,
  programme,
  sources,
}: {
  lang: Lang
  programme: string
  sources: CardSource[]
}) {
  const t = getT(lang)
  // One entry per page, with every fact it backs: "Area, Priorities".
  const byUrl = new Map<string, string[]>()
  for (const s of sources) {
    const labels = byUrl.get(s.url) ?? []
    if (!labels.includes(s.label)) labels.push(s.label)
    byUrl.set(s.url, labels)
  }
  return (
    <div className="mt-3 text-sm" data-card-sources>
      <h3 className="font-bold">
        {t('sources')}
        <span className="sr-only"> – {programme}</span>
      </h3>
      <ul
        className="mt-1 flex flex-wrap gap-x-4 gap-y-1"
        aria-label={t('programme:finder.sourcesOf', { programme })}
      >
        {[...byUrl].map(([url, labels]) => (
          <li key={url}>
            <a href={url} className="text-brand-700 underline" data-source>
              {labels.join(', ')}
              <span className="sr-only"> ({programme})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
