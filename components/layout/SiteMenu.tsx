import { getT, type Lang } from '@/lib/i18n'
import type { Section } from '@/lib/sections'
import { MainNav } from './MainNav'
import { SearchField } from './SearchField'

/**
 * The header's menu: the main navigation and the search field in a <details>, so it needs
 * no script. On a phone it is closed, and a "Meny" button (its summary, top right of the
 * header) opens and closes it with a tap, Enter or Space; from the sm breakpoint up the
 * stylesheet keeps it open and hides the button (app/globals.css, .site-menu), as the
 * desktop header always was. A browser that cannot style an open <details> that way
 * (no ::details-content) shows the button on a desktop too: the menu still works.
 */
export function SiteMenu({
  lang,
  current,
  search,
}: {
  lang: Lang
  current?: Section | 'home'
  /** The search field; the search page has its own. */
  search: boolean
}) {
  const t = getT(lang)
  return (
    <details className="site-menu">
      <summary className="site-menu-button absolute right-4 top-2 cursor-pointer list-none rounded border-2 border-white px-3 py-1 font-bold text-white hover:bg-brand-700 [&::-webkit-details-marker]:hidden">
        {t('everywhere:menu.open')}
      </summary>
      <div className="bg-brand-700">
        <div className="mx-auto flex max-w-5xl flex-col gap-x-4 gap-y-2 px-2 pb-3 pt-2 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:px-4 sm:py-0">
          {/* First on a phone, at the top of the opened menu; from lg in the header's top row. */}
          {search && (
            <div className="px-2 sm:order-last sm:px-0 sm:py-2 lg:absolute lg:right-[max(1rem,calc((100%-64rem)/2+1rem))] lg:top-3 lg:py-0">
              <SearchField lang={lang} />
            </div>
          )}
          <MainNav lang={lang} current={current} />
        </div>
      </div>
    </details>
  )
}
