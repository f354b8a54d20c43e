import { REGIONS, THEMES } from '@/lib/content/model'
import { getT, locales, type Lang } from '@/lib/i18n'
import { FINDER_PARAMS } from '@/lib/programmes/finder'

/**
 * The finder's filters: a plain GET form. Without JavaScript, submitting reloads this
 * static page (the full list shows); with finder.js the list narrows as soon as a
 * choice changes, and the choice is kept in the URL.
 */
export function FinderForm({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const regions = [...REGIONS].sort((a, b) => t(`content:region.${a}`).localeCompare(t(`content:region.${b}`), locales[lang].intl))
  return (
    <form method="get" id="finder-form" aria-label={t('programme:finder.formLabel')} className="rounded border border-gray-300 bg-brand-50 p-4">
      <div>
        <label htmlFor="finder-region" className="block font-bold">
          {t('programme:finder.region')}
        </label>
        <select id="finder-region" name={FINDER_PARAMS.region} className="mt-1 w-full max-w-sm rounded border border-gray-600 bg-white p-2">
          <option value="">{t('programme:finder.regionAll')}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {t(`content:region.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="mt-4">
        <legend className="font-bold">{t('programme:finder.theme')}</legend>
        <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {['', ...THEMES].map((theme) => (
            <label key={theme || 'all'} className="flex items-center gap-2 py-1">
              <input type="radio" name={FINDER_PARAMS.theme} value={theme} defaultChecked={theme === ''} className="h-5 w-5" />
              {theme ? t(`content:theme.${theme}`) : t('programme:finder.themeAll')}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="mt-4 rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-900">
        {t('programme:finder.submit')}
      </button>
      <p className="mt-3 text-sm text-gray-800">{t('programme:finder.noJs')}</p>
    </form>
  )
}
