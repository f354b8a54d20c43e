import type { ReactNode } from 'react'
import { getT, type Lang } from '@/lib/i18n'
import type { Section } from '@/lib/sections'

/** Heading and introduction of a section's page. */
export function ListFrame({
  lang,
  section,
  children,
}: {
  lang: Lang
  section: Section
  children: ReactNode
}) {
  const t = getT(lang)
  // Not every section has an introduction (search and the finder have none).
  const intro = t(`sectionIntro.${section}`, { defaultValue: '' })
  return (
    <div data-pagefind-ignore="all">
      <h1 className="mb-2 text-3xl font-bold text-brand-900 sm:text-4xl">{t(`nav.${section}`)}</h1>
      {intro && <p className="mb-6 text-lg text-gray-800">{intro}</p>}
      {children}
    </div>
  )
}

/** One document in a list: its title as a link, facts on one line, its description. */
export function ListItem({
  title,
  meta,
  description,
  level = 2,
}: {
  title: ReactNode
  meta?: ReactNode
  description?: string
  /** 2 in a flat list, 3 under a group heading: headings never skip a level. */
  level?: 2 | 3
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <li className="border-b border-gray-300 py-4">
      <Heading className="text-xl font-bold">{title}</Heading>
      {meta && (
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-gray-800">{meta}</div>
      )}
      {description && <p className="mt-1">{description}</p>}
    </li>
  )
}
