import { REGIONS, THEMES } from '@/lib/content/model'
import { getT, locales, type Lang } from '@/lib/i18n'
import { FINDER_PARAMS, type FinderFilters } from '@/lib/programmes/finder'
import { sectionHref } from '@/lib/routes'

/**
 * The finder's filters: a plain GET form, compact (two choices and a button) so the
 * results start within a phone's first screen. It submits to the finder's page with
 * ?region=&theme=, which the web server answers with that choice's answer page
 * (deploy/rules.ts FINDER_ANSWERS), so it works without JavaScript; with the finder script
 * the list narrows as soon as a choice changes, and the choice is kept in the URL. An answer
 * page shows its choice in the form.
 */
export function FinderForm({ lang, filters = {} }: { lang: Lang; filters?: FinderFilters }) {
  const t = getT(lang)
  const regionName = (r: (typeof REGIONS)[number]) => t(`content:region.${r}`)
  const regions = [...REGIONS].sort((a, b) =>
    regionName(a).localeCompare(regionName(b), locales[lang].intl),
  )
  const select = 'mt-1 w-full rounded border border-gray-600 bg-white p-2'
  return (
    <form
      method="get"
      action={sectionHref(lang, 'finder')}
      id="finder-form"
      aria-label={t('programme:finder.formLabel')}
      className="rounded border border-gray-300 bg-brand-50 p-3 sm:p-4"
    >
      <div className="grid gap-2 sm:grid-cols-2 sm:gap-4">
        <div>
          <label htmlFor="finder-region" className="block font-bold">
            {t('programme:finder.region')}
          </label>
          <select
            id="finder-region"
            name={FINDER_PARAMS.region}
            className={select}
            defaultValue={filters.region ?? ''}
          >
            <option value="">{t('programme:finder.regionAll')}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {t(`content:region.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="finder-theme" className="block font-bold">
            {t('programme:finder.theme')}
          </label>
          <select
            id="finder-theme"
            name={FINDER_PARAMS.theme}
            className={select}
            defaultValue={filters.theme ?? ''}
          >
            <option value="">{t('programme:finder.themeAll')}</option>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`content:theme.${theme}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        className="mt-3 rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-900"
      >
        {t('programme:finder.submit')}
      </button>
    </form>
  )
}
