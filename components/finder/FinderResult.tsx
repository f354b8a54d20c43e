import { CardSources, type CardSource } from '@/components/finder/CardSources'
import { FinderContact } from '@/components/finder/FinderContact'
import { DocLink } from '@/components/content/DocLink'
import { Rates } from '@/components/programme/Rates'
import { ProgrammeStatus } from '@/components/programme/ProgrammeStatus'
import { NextDeadline } from '@/components/programme/NextDeadline'
import { getContactsByIds, type Localized, type Programme } from '@/lib/content'
import { getT } from '@/lib/i18n'
import {
  coversAllCounties,
  matchProgramme,
  programmeThemes,
  regionPart,
  type FinderFilters,
} from '@/lib/programmes/finder'
import { takesApplications } from '@/lib/programmes/applications'
import { nextDeadline } from '@/lib/programmes/rounds'

/**
 * One programme in the finder. It leads with what a person choosing needs: the programme,
 * why it fits (area and matching priorities), whom to e-mail or call, and the next
 * deadline; the details and the sources (once, at the end) follow.
 * The data-* attributes carry what the finder script matches on; the "your area" and
 * "matches your theme" marks are written here (hidden) so every word on the page comes
 * from the translations, and the script only shows or hides.
 */
export function FinderResult({
  programme: p,
  today,
  filters = {},
}: {
  programme: Localized<Programme>
  today?: Date
  /** The choice of an answer page: the card is hidden unless it fits, and why it fits is marked. */
  filters?: FinderFilters
}) {
  const lang = p.pageLang
  const t = getT(lang)
  const contacts = getContactsByIds(lang, p.contacts)
  const contentLang = p.fallback ? p.lang : undefined
  const mark = 'ml-1 rounded bg-green-100 px-1 text-sm font-bold text-green-900'
  const allOfNorway = coversAllCounties(p)
  const next = nextDeadline(p, today)
  // What the finder script does in the browser (components/finder/finder.script.ts), done here.
  const match = matchProgramme(p, filters)
  const themeMatch = new Set(filters.theme ? match.priorities : [])
  const allOfNorwayMarked = Boolean(filters.region) && match.eligible
  const sources: CardSource[] = [
    { label: t('programme:finder.sourceArea'), url: p.regionsSource },
    { label: t('programme:finder.priorities'), url: p.prioritiesSource },
    ...(p.rates ?? []).map((r) => ({ label: t('programme:finder.rates'), url: r.source })),
    { label: t('programme:finder.sourceStatus'), url: p.statusSource },
    ...(p.roundsSource ? [{ label: t('programme:finder.sourceRounds'), url: p.roundsSource }] : []),
    ...contacts.map((c) => ({ label: t('programme:finder.contact'), url: c.source })),
  ]
  return (
    <li
      className="rounded border border-gray-300 p-4"
      data-programme={p.id}
      data-regions={p.regions.join(' ')}
      data-themes={programmeThemes(p).join(' ')}
      data-status={p.status}
      hidden={!match.fits}
    >
      <h2 className="text-2xl font-bold">
        <DocLink doc={p} />
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <ProgrammeStatus programme={p} today={today} />
        <span>{t(`content:programmeStrand.${p.strand}`)}</span>
      </p>

      <h3 className="mt-3 font-bold">{t('programme:finder.why')}</h3>
      <div className="mt-1" data-why>
        {allOfNorway ? (
          <p data-all-norway className={allOfNorwayMarked ? 'font-bold' : undefined}>
            {t('programme:finder.allOfNorway')}
            <span className={mark} data-mark hidden={!allOfNorwayMarked}>
              {t('programme:finder.yourArea')}
            </span>
          </p>
        ) : (
          <ul
            className="flex flex-wrap gap-x-3 gap-y-1"
            aria-label={t('programme:finder.eligible')}
          >
            {p.regions.map((r) => {
              const part = regionPart(p, r)
              return (
                <li
                  key={r}
                  data-region={r}
                  className={r === filters.region ? 'font-bold' : undefined}
                >
                  {t(`content:region.${r}`)}
                  {part && (
                    <span className="text-sm text-gray-800" data-region-part>
                      {' '}
                      (<span lang={contentLang}>{t('programme:finder.partOnly', { part })}</span>)
                    </span>
                  )}
                  <span className={mark} data-mark hidden={r !== filters.region}>
                    {t('programme:finder.yourArea')}
                  </span>
                </li>
              )
            })}
          </ul>
        )}
        <ul
          className="mt-1 list-disc pl-5"
          lang={contentLang}
          aria-label={t('programme:finder.priorities')}
        >
          {p.priorities.map((pr) => (
            <li
              key={pr.id}
              data-priority-themes={pr.themes.join(' ')}
              className={themeMatch.has(pr.id) ? 'font-bold' : undefined}
            >
              {pr.title}
              <span
                className={mark}
                data-mark
                hidden={!themeMatch.has(pr.id)}
                lang={contentLang ? lang : undefined}
              >
                {t('programme:finder.matchesTheme')}
              </span>
            </li>
          ))}
        </ul>
      </div>

      <h3 className="mt-3 font-bold">{t('programme:finder.contact')}</h3>
      {contacts.length > 0 ? (
        <ul className="mt-1 space-y-2">
          {contacts.map((c) => (
            <FinderContact key={c.id} contact={c} />
          ))}
        </ul>
      ) : (
        <p className="mt-1" data-no-contact>
          {t('programme:finder.noContact')}{' '}
          <a href={p.website} className="text-brand-700 underline">
            {t('programme:website')}
            <span className="sr-only">: {p.shortName}</span>
          </a>
        </p>
      )}

      <p className="mt-3" data-next-deadline>
        <strong>{t('programme:finder.nextDeadline')}:</strong>{' '}
        {!takesApplications(p.status) ? (
          t('programme:finder.closed')
        ) : next ? (
          <NextDeadline lang={lang} programme={p} next={next} />
        ) : p.roundsNote ? (
          <span lang={contentLang}>{p.roundsNote}</span>
        ) : (
          t('programme:finder.noDeadline')
        )}
      </p>

      <p className="mt-3" lang={contentLang}>
        {p.description}
      </p>
      {p.status !== 'open' && p.statusNote && (
        <p className="mt-2 border-l-4 border-gray-700 bg-gray-100 p-2" lang={contentLang}>
          {p.statusNote}
        </p>
      )}
      <h3 className="mt-3 font-bold">{t('programme:finder.rates')}</h3>
      <Rates programme={p} sources={false} />

      <CardSources lang={lang} programme={p.shortName} sources={sources} />
      <p className="mt-3">
        <a href={p.href} className="text-brand-700 underline">
          {t('programme:finder.readMore', { programme: p.shortName })}
        </a>
      </p>
    </li>
  )
}
