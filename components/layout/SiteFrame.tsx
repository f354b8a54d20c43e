import type { ReactNode } from 'react'
import { getT, type Lang } from '@/lib/i18n'
import { homeHref } from '@/lib/routes'
import type { Section } from '@/lib/sections'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { Footer } from './Footer'
import type { Alternates } from '@/lib/alternates'
import { LanguageNav } from './LanguageNav'
import { SiteMenu } from './SiteMenu'
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
      {/* Relative: the phone's menu button (SiteMenu's summary) sits in the top row. */}
      <header className="no-print relative bg-brand-900 text-white">
        {/* On a phone: the name beside the menu button, the languages under it (full width). From lg
            the search field sits at the right of this row (SiteMenu), so the languages leave it room. */}
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:py-4 lg:pr-[19rem]">
          <a
            href={homeHref(lang)}
            className="w-full pr-24 text-lg font-bold text-white no-underline hover:underline sm:w-auto sm:pr-0 sm:text-xl"
          >
            {t('site.name')}
          </a>
          <LanguageNav lang={lang} alternates={alternates} />
        </div>
        <SiteMenu lang={lang} current={current} search={current !== 'search'} />
      </header>
      {breadcrumbs && breadcrumbs.length > 2 && <Breadcrumbs lang={lang} items={breadcrumbs} />}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <Footer lang={lang} />
    </>
  )
}
