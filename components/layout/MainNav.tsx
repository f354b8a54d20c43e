import { getT, type Lang } from '@/lib/i18n'
import { homeHref, sectionHref } from '@/lib/routes'
import { NAV_SECTIONS, type Section } from '@/lib/sections'

/** Main navigation: plain links that wrap on narrow screens, so it needs no script. */
export function MainNav({ lang, current }: { lang: Lang; current?: Section | 'home' }) {
  const t = getT(lang)
  const items: { key: Section | 'home'; href: string }[] = [
    { key: 'home', href: homeHref(lang) },
    ...NAV_SECTIONS.map((s) => ({ key: s, href: sectionHref(lang, s) })),
  ]
  return (
    <nav aria-label={t('nav.label')} className="bg-brand-700">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2 sm:px-4">
        {items.map(({ key, href }) => (
          <li key={key}>
            <a
              href={href}
              aria-current={current === key ? 'page' : undefined}
              className="inline-block px-2 py-3 text-white underline-offset-4 hover:underline aria-[current=page]:font-bold aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {t(`nav.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
