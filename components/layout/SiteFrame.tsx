import type { ReactNode } from 'react'
import { getT, type Lang } from '@/lib/i18n'
import { homeHref } from '@/lib/routes'
import type { Section } from '@/lib/sections'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { Footer } from './Footer'
import type { Alternates } from '@/lib/alternates'
import { LanguageNav } from './LanguageNav'
import { MainNav } from './MainNav'
import { SearchField } from './SearchField'
import { SkipLink } from './SkipLink'

type Props = {
  lang: Lang
  alternates: Alternates
  /** The trail from the home page to this page; shown on pages two or more levels deep. */
  breadcrumbs?: Crumb[]
  current?: Section | 'home'
  children: ReactNode
}

/** The furniture of every page: skip link, header, navigation, breadcrumbs, main, footer. */
export function SiteFrame({ lang, alternates, breadcrumbs, current, children }: Props) {
  const t = getT(lang)
  return (
    <>
      <SkipLink lang={lang} />
      <header className="no-print bg-brand-900 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <a
            href={homeHref(lang)}
            className="text-xl font-bold text-white no-underline hover:underline"
          >
            {t('site.name')}
          </a>
          <div className="flex w-full flex-wrap items-center justify-between gap-3 sm:w-auto sm:justify-end">
            {/* The search page has its own field. */}
            {current !== 'search' && <SearchField lang={lang} />}
            <LanguageNav lang={lang} alternates={alternates} />
          </div>
        </div>
        <MainNav lang={lang} current={current} />
      </header>
      {breadcrumbs && breadcrumbs.length > 2 && <Breadcrumbs lang={lang} items={breadcrumbs} />}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <Footer lang={lang} />
    </>
  )
}
