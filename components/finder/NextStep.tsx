import { WebLink } from '@/components/content/WebLink'
import { DocLink } from '@/components/content/DocLink'
import { REGIONS } from '@/lib/content/model'
import { getT, type Lang } from '@/lib/i18n'
import type { FinderFilters } from '@/lib/programmes/finder'
import { countyContacts, INTERREG_NO } from '@/lib/programmes/next-step'
import { sectionHref } from '@/lib/routes'
import { telUri } from '@/lib/contacts/vcard'

/**
 * What to do when no programme fits: never a dead end. It names the county council of the
 * chosen area and its international contact where the content has one (each region's
 * entry is hidden until the script shows the one chosen), and always interreg.no.
 */
export function NextStep({
  lang,
  shown = false,
  region,
}: {
  lang: Lang
  /** Shown from the start: an answer page where nothing fits (the script decides otherwise). */
  shown?: boolean
  region?: FinderFilters['region']
}) {
  const t = getT(lang)
  const entries = REGIONS.flatMap((region) =>
    countyContacts(lang, region).map((cc) => ({ region, ...cc })),
  )
  const specific = entries.some((e) => e.region === region)
  return (
    <div
      id="finder-none"
      className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 p-4"
      hidden={!shown}
      data-next-step
    >
      <h2 className="text-xl font-bold">{t('programme:finder.nextStep.title')}</h2>
      <p className="mt-1">{t('programme:finder.nextStep.text')}</p>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {entries.map(({ region: r, county, contact }) => (
          <li key={`${r}-${county.id}`} data-next-step-region={r} hidden={r !== region}>
            {contact ? (
              <>
                <a
                  href={`${sectionHref(lang, 'contacts')}#${contact.id}`}
                  className="text-brand-700 underline"
                >
                  {t('programme:finder.nextStep.county', { county: county.title })}
                </a>
                {contact.email && (
                  <>
                    {' '}
                    ·{' '}
                    <a
                      href={`mailto:${contact.email}`}
                      className="break-all text-brand-700 underline"
                    >
                      {contact.email}
                    </a>
                  </>
                )}
                {contact.phone && (
                  <>
                    {' '}
                    ·{' '}
                    <a href={telUri(contact.phone)} className="text-brand-700 underline">
                      {contact.phone}
                    </a>
                  </>
                )}
              </>
            ) : (
              <>
                <DocLink doc={county} /> (
                <WebLink href={county.website} />)
              </>
            )}
          </li>
        ))}
        <li data-next-step-any hidden={specific}>
          {t('programme:finder.nextStep.anyCounty')}
        </li>
        <li>
          <a href={INTERREG_NO} className="text-brand-700 underline" data-interreg-no>
            {t('programme:finder.nextStep.interreg')}
          </a>
        </li>
      </ul>
    </div>
  )
}
