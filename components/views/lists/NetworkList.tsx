import { DocLink } from '@/components/content/DocLink'
import { getNetworks } from '@/lib/content'
import { NETWORK_KINDS } from '@/lib/content/model'
import { getT, type Lang } from '@/lib/i18n'
import { ListItem } from './ListFrame'
import { MembershipTable } from './MembershipTable'

/** Networks grouped by kind, in the model's order, then who takes part where (a table). */
export function NetworkList({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const networks = getNetworks(lang)
  return (
    <>
      {NETWORK_KINDS.map((kind) => {
        const ofKind = networks.filter((n) => n.kind === kind)
        if (ofKind.length === 0) return null
        return (
          <section key={kind} className="mt-8">
            <h2 className="text-2xl font-bold">{t(`content:networkKind.${kind}`)}</h2>
            <ul>
              {ofKind.map((n) => (
                <ListItem
                  level={3}
                  key={n.id}
                  title={<DocLink doc={n} />}
                  description={n.description}
                />
              ))}
            </ul>
          </section>
        )
      })}
      <MembershipTable lang={lang} />
    </>
  )
}
