import type { Lang } from '@/lib/i18n'
import { hasScript, type Section } from '@/lib/sections'
import { ListFrame } from './lists/ListFrame'
import { SECTION_VIEWS } from './registry'

/** The page of a section: a list in its frame, or a page that draws itself (finder, search). */
export function SectionView({ lang, section }: { lang: Lang; section: Section }) {
  const View = SECTION_VIEWS[section]
  if (hasScript(section)) return <View lang={lang} />
  return (
    <ListFrame lang={lang} section={section}>
      <View lang={lang} />
    </ListFrame>
  )
}
