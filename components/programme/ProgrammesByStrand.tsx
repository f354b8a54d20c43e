import { DocLink } from '@/components/content/DocLink'
import { StatusTag } from '@/components/content/StatusTag'
import { ListItem } from '@/components/views/lists/ListFrame'
import { PROGRAMME_TONE } from '@/components/content/status-tones'
import { getProgrammes } from '@/lib/content'
import { PROGRAMME_STRANDS } from '@/lib/content/model'
import { getT, type Lang } from '@/lib/i18n'
import { formatPeriod } from '@/lib/i18n/format'

/**
 * The programme list, grouped by strand (cross-border, transnational, interregional,
 * other) in the model's order, each group with a plain sentence on what the strand
 * means for a person with a project. Empty strands are left out.
 */
export function ProgrammesByStrand({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const programmes = getProgrammes(lang)
  return (
    <>
      {PROGRAMME_STRANDS.map((strand) => {
        const inStrand = programmes.filter((p) => p.strand === strand)
        if (inStrand.length === 0) return null
        return (
          <section
            key={strand}
            className="mt-8"
            data-strand={strand}
            aria-labelledby={`strand-${strand}`}
          >
            <h2 id={`strand-${strand}`} className="text-2xl font-bold">
              {t(`content:programmeStrand.${strand}`)}
            </h2>
            <p className="mt-1 max-w-3xl text-gray-800">{t(`programme:strandIntro.${strand}`)}</p>
            <ul>
              {inStrand.map((p) => (
                <ListItem
                  level={3}
                  key={p.id}
                  title={<DocLink doc={p} />}
                  meta={
                    <>
                      <StatusTag
                        label={t(`content:programmeStatus.${p.status}`)}
                        tone={PROGRAMME_TONE[p.status]}
                      />
                      {p.period && <span>{formatPeriod(p.period)}</span>}
                      {p.shortName !== p.title && <span>{p.shortName}</span>}
                    </>
                  }
                  description={p.description}
                />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
