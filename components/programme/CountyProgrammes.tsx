import { DocLink } from '@/components/content/DocLink'
import { countyProgrammeLists, type County, type Localized } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { formatList } from '@/lib/i18n/format'
import { regionPart } from '@/lib/programmes/finder'

/**
 * On a county's page: the programmes the county takes part in (its area is in theirs),
 * with the county council's role where it has one, and which part of the county can
 * take part where only a part can. Only programmes that take applications are in the
 * "can apply" list (countyProgrammeLists); the others are named apart.
 */
export function CountyProgrammes({ county }: { county: Localized<County> }) {
  const lang = county.pageLang
  const t = getT(lang)
  const { canApply: items, notTakingApplications: others } = countyProgrammeLists(lang, county.id)
  if (items.length + others.length === 0) return null
  return (
    <section data-county-programmes aria-labelledby="county-programmes">
      <h2 id="county-programmes" className="mt-8 text-2xl font-bold">
        {t('programme:county.programmesHeading')}
      </h2>
      <p className="mt-1 text-gray-800">{t('programme:county.programmesIntro')}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {items.map(({ programme, regions, roles }) => {
          const parts = regions
            .map((r) => regionPart(programme, r))
            .filter((x): x is string => Boolean(x))
          return (
            <li key={programme.id} data-programme={programme.id}>
              <DocLink doc={programme} />
              {parts.length > 0 && (
                <span className="text-gray-800">
                  {' '}
                  (
                  <span lang={programme.fallback ? programme.lang : undefined}>
                    {t('programme:finder.partOnly', { part: parts.join('; ') })}
                  </span>
                  )
                </span>
              )}
              {roles.length > 0 && (
                <span data-county-role>
                  {' '}
                  –{' '}
                  {t('programme:county.role', {
                    role: formatList(
                      lang,
                      roles.map((r) => t(`content:countyRole.${r.role}`)),
                    ),
                  })}
                </span>
              )}
            </li>
          )
        })}
      </ul>
      {others.length > 0 && (
        <div data-county-programmes-closed>
          <h3 className="mt-4 font-bold">{t('facts:notTaking.heading')}</h3>
          <p className="mt-1 text-gray-800">{t('facts:notTaking.county')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {others.map(({ programme }) => (
              <li key={programme.id} data-programme={programme.id}>
                <DocLink doc={programme} /> ({t(`content:programmeStatus.${programme.status}`)})
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
