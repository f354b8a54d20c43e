import { DocLink } from '@/components/content/DocLink'
import { CountyLinkMap } from '@/components/maps/CountyLinkMap'
import { getCounties } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { ListItem } from './ListFrame'

/**
 * County councils by name, after a map of today's counties (each a link to its page; the
 * list is the map's text alternative). A dissolved council says when it existed.
 */
export function CountyList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const counties = getCounties(lang)
  return (
    // On a wide screen the map stays beside the list as it scrolls; on a phone it comes first.
    <div className="lg:grid lg:grid-cols-[26rem_minmax(0,1fr)] lg:items-start lg:gap-8">
      <div className="lg:sticky lg:top-4">
        <CountyLinkMap lang={lang} counties={counties} />
      </div>
      <ul>
        {counties.map((c) => (
          <ListItem
            key={c.id}
            title={<DocLink doc={c} />}
            meta={
              c.dissolved !== undefined && (
                <span>
                  {t('content:county.dissolvedShort', { from: c.founded, to: c.dissolved })}
                </span>
              )
            }
            description={c.description}
          />
        ))}
      </ul>
    </div>
  )
}
