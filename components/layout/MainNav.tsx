import { getT, type Lang } from '@/lib/i18n'
import { homeHref, sectionHref } from '@/lib/routes'
import { NAV_SECTIONS, type Section } from '@/lib/sections'

/**
 * Main navigation: plain links, one under the other in the phone's menu and in a row that
 * wraps on wider screens (the menu around it is components/layout/SiteMenu.tsx).
 */
export function MainNav({ lang, current }: { lang: Lang; current?: Section | 'home' }) {
  const t = getT(lang)
  const items: { key: Section | 'home'; href: string }[] = [
    { key: 'home', href: homeHref(lang) },
    ...NAV_SECTIONS.map((s) => ({ key: s, href: sectionHref(lang, s) })),
  ]
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex flex-col sm:flex-row sm:flex-wrap sm:gap-x-1">
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
