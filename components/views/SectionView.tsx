import { FollowChanges } from '@/components/changes/FollowChanges'
import { feedsOfSection } from '@/lib/changes/feeds'
import type { Lang } from '@/lib/i18n'
import { hasScript, type Section } from '@/lib/sections'
import { ListFrame } from './lists/ListFrame'
import { SECTION_VIEWS } from './registry'

/**
 * The page of a section: a list in its frame, or a page that draws itself (finder, search).
 * A list with a feed of its own (lib/changes/feeds.ts) offers it under the list.
 */
export function SectionView({ lang, section }: { lang: Lang; section: Section }) {
  const View = SECTION_VIEWS[section]
  if (hasScript(section)) return <View lang={lang} />
  const feeds = feedsOfSection(section)
  return (
    <ListFrame lang={lang} section={section}>
      <View lang={lang} />
      {feeds.length > 1 && section !== 'changes' && <FollowChanges lang={lang} feeds={feeds} />}
    </ListFrame>
  )
}
