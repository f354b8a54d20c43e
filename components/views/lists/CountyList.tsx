import { DocLink } from '@/components/content/DocLink'
import { getCounties } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { ListItem } from './ListFrame'

/** County councils by name; a dissolved one says when it existed. */
export function CountyList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <ul>
      {getCounties(lang).map((c) => (
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
  )
}
