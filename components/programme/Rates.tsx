import type { Localized, Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { SourceLink } from './SourceLink'

/** Funding rates, each with the link to where it is stated (unless the sources are listed elsewhere, as on a finder card). */
export function Rates({
  programme,
  sources = true,
}: {
  programme: Localized<Programme>
  sources?: boolean
}) {
  const lang = programme.pageLang
  const t = getT(lang)
  const rates = programme.rates ?? []
  if (rates.length === 0) return <p>{t('programme:noRates')}</p>
  return (
    <ul className="list-disc space-y-1 pl-5" data-rates>
      {rates.map((r) => (
        <li key={r.label}>
          <strong>{r.label}:</strong> {r.value}
          {sources && (
            <SourceLink
              lang={lang}
              href={r.source}
              about={`${r.label}, ${programme.shortName}`}
              sources={programme.sources}
            />
          )}
        </li>
      ))}
    </ul>
  )
}
