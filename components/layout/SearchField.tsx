import { getT, type Lang } from '@/lib/i18n'
import { sectionHref } from '@/lib/routes'

/**
 * The search field in the header: a plain GET form that leads to the search page with
 * ?q=. It needs no script, so it loads nothing; the search page does the searching.
 */
export function SearchField({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <form role="search" aria-label={t('search:label')} action={sectionHref(lang, 'search')} method="get" className="flex w-full items-stretch sm:w-auto">
      <label htmlFor="site-search-q" className="sr-only">
        {t('search:fieldLabel')}
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        autoComplete="off"
        className="min-w-0 flex-1 rounded-l border-2 border-white bg-white px-2 py-1 text-gray-900 sm:w-48 sm:flex-none"
      />
      <button type="submit" className="rounded-r border-2 border-white bg-brand-700 px-3 py-1 font-bold text-white hover:bg-brand-600">
        {t('search:submit')}
      </button>
    </form>
  )
}
