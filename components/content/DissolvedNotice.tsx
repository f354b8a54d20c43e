import { getCountiesByIds, type County, type Localized } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { formatList } from '@/lib/i18n/format'

/**
 * "Vestfold og Telemark fylkeskommune fantes fra 2020 til 2023 …": said wherever a county
 * that no longer exists is shown with its work, so nobody takes it for a current one.
 */
export function DissolvedNotice({
  county,
  lang,
  className = 'my-4',
}: {
  county: Localized<County>
  lang: Lang
  className?: string
}) {
  if (county.dissolved === undefined) return null
  const t = getT(lang)
  const successors = getCountiesByIds(lang, county.successors)
  return (
    <p role="note" className={`${className} border-l-8 border-amber-700 bg-amber-50 p-4`}>
      {t('content:county.dissolvedNotice', {
        from: county.founded,
        to: county.dissolved,
        next: county.dissolved + 1,
        successors: formatList(
          lang,
          successors.map((s) => s.title),
        ),
      })}
    </p>
  )
}
