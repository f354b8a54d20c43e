import { ContactCard } from '@/components/content/ContactCard'
import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { Rates } from '@/components/programme/Rates'
import { Rounds } from '@/components/programme/Rounds'
import { SourceLink } from '@/components/programme/SourceLink'
import { PROGRAMME_TONE } from '@/components/views/documents/ProgrammeView'
import { getContactsByIds, type Localized, type Programme } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { programmeThemes } from '@/lib/programmes/finder'

/**
 * One programme in the finder. The data-* attributes carry what finder.js matches on;
 * the "your area" and "matches your theme" marks are written here (hidden) so every
 * word on the page comes from the translations, and the script only shows or hides.
 */
export function FinderResult({ programme: p }: { programme: Localized<Programme> }) {
  const lang = p.pageLang as Lang
  const t = getT(lang)
  const contacts = getContactsByIds(lang, p.contacts)
  const contentLang = p.fallback ? p.lang : undefined
  const mark = 'ml-1 rounded bg-green-100 px-1 text-sm font-bold text-green-900'
  return (
    <li
      className="rounded border border-gray-300 p-4"
      data-programme={p.id}
      data-regions={p.regions.join(' ')}
      data-themes={programmeThemes(p).join(' ')}
      data-status={p.status}
    >
      <h2 className="text-2xl font-bold">
        <DocLink doc={p} />
      </h2>
      <div className="mt-1">
        <StatusTag label={t(`content:programmeStatus.${p.status}`)} tone={PROGRAMME_TONE[p.status]} />
      </div>
      <p className="mt-2" lang={contentLang}>
        {p.description}
      </p>
      {p.status !== 'open' && p.statusNote && (
        <p className="mt-2 border-l-4 border-gray-700 bg-gray-100 p-2" lang={contentLang}>
          {p.statusNote}
        </p>
      )}

      <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2 [&>*]:min-w-0">
        <div>
          <h3 className="font-bold">{t('programme:finder.eligible')}</h3>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {p.regions.map((r) => (
              <li key={r} data-region={r}>
                {t(`content:region.${r}`)}
                <span className={mark} data-mark hidden>
                  {t('programme:finder.yourArea')}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm">
            <SourceLink lang={lang} href={p.regionsSource} about={`${t('programme:finder.eligible')}, ${p.shortName}`} />
          </p>
        </div>
        <div>
          <h3 className="font-bold">{t('programme:finder.priorities')}</h3>
          <ul className="mt-1 list-disc pl-5" lang={contentLang}>
            {p.priorities.map((pr) => (
              <li key={pr.id} data-priority-themes={pr.themes.join(' ')}>
                {pr.title}
                <span className={mark} data-mark hidden lang={contentLang ? lang : undefined}>
                  {t('programme:finder.matchesTheme')}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm">
            <SourceLink lang={lang} href={p.prioritiesSource} about={`${t('programme:finder.priorities')}, ${p.shortName}`} />
          </p>
        </div>
        <div>
          <h3 className="font-bold">{t('programme:finder.rates')}</h3>
          <Rates programme={p} />
        </div>
        <div>
          <h3 className="font-bold">{t('programme:finder.rounds')}</h3>
          <Rounds programme={p} />
        </div>
      </div>

      {contacts.length > 0 && (
        <div className="mt-4">
          <h3 className="font-bold">{t('programme:finder.contact')}</h3>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {contacts.map((c) => (
              <ContactCard key={c.id} contact={c} headingLevel={4} primary={false} />
            ))}
          </div>
        </div>
      )}
      <p className="mt-4">
        <a href={p.href} className="text-brand-700 underline">
          {t('programme:finder.readMore', { programme: p.shortName })}
        </a>
      </p>
    </li>
  )
}
