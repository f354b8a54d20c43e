import type { Localized, Programme } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { SourceLink } from './SourceLink'

/** Funding rates, each with the link to where it is stated. */
export function Rates({ programme }: { programme: Localized<Programme> }) {
  const lang = programme.pageLang as Lang
  const t = getT(lang)
  const rates = programme.rates ?? []
  if (rates.length === 0) return <p>{t('programme:noRates')}</p>
  return (
    <ul className="list-disc space-y-1 pl-5" data-rates>
      {rates.map((r) => (
        <li key={r.label}>
          <strong>{r.label}:</strong> {r.value}
          <SourceLink lang={lang} href={r.source} about={`${r.label}, ${programme.shortName}`} />
        </li>
      ))}
    </ul>
  )
}
