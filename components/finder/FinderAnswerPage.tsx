import { SiteFrame } from '@/components/layout/SiteFrame'
import { FinderView } from '@/components/views/FinderView'
import { getT, type Lang } from '@/lib/i18n'
import { finderAnswerHref, type FinderAnswer } from '@/lib/programmes/finder-answers'
import { homeHref, sectionHref } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import { finderAnswerAlternates } from '@/lib/site-pages'

/** The choice in words: "Telemark, Transport". */
function choiceLabel(lang: Lang, answer: FinderAnswer): string {
  const t = getT(lang)
  const parts = [
    ...(answer.region ? [t(`content:region.${answer.region}`)] : []),
    ...(answer.theme ? [t(`content:theme.${answer.theme}`)] : []),
  ]
  return parts.join(', ')
}

/**
 * An answer page's metadata. Answer pages are views of the finder page, so they are left
 * out of the sitemap and not indexed (the county pages list an area's programmes for
 * readers from a search engine); links on them are followed.
 */
export function finderAnswerMetadata(lang: Lang, answer: FinderAnswer) {
  const t = getT(lang)
  const choice = choiceLabel(lang, answer)
  const metadata = pageMetadata({
    lang,
    title: t('everywhere:finderAnswer.title', { choice }),
    description: t('everywhere:finderAnswer.description', { choice }),
    alternates: finderAnswerAlternates(answer),
  })
  return { ...metadata, robots: { index: false, follow: true } }
}

/** The finder as it answers one choice, without JavaScript (lib/programmes/finder-answers.ts). */
export function FinderAnswerPage({ lang, answer }: { lang: Lang; answer: FinderAnswer }) {
  const t = getT(lang)
  const crumbs = [
    { label: t('nav.home'), href: homeHref(lang) },
    { label: t('nav.finder'), href: sectionHref(lang, 'finder') },
    { label: choiceLabel(lang, answer), href: finderAnswerHref(lang, answer) },
  ]
  return (
    <SiteFrame
      lang={lang}
      alternates={finderAnswerAlternates(answer)}
      breadcrumbs={crumbs}
      current="finder"
    >
      <FinderView lang={lang} filters={answer} />
    </SiteFrame>
  )
}
