import { notFound } from 'next/navigation'
import { FinderAnswerPage, finderAnswerMetadata } from '@/components/finder/FinderAnswerPage'
import { SiteFrame } from '@/components/layout/SiteFrame'
import { DocumentView } from '@/components/views/DocumentView'
import { feedLinks, feedsOfDocument } from '@/lib/changes/feeds'
import { counterparts } from '@/lib/content'
import { countiesOf } from '@/lib/content/changes'
import { getT } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { homeHref, sectionHref } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import { documentParams, resolveDocumentRoute, resolveFinderAnswer } from '@/lib/site-pages'

type Props = { params: Promise<{ lang: string; section: string; slug: string }> }

export const dynamicParams = false
export const generateStaticParams = documentParams

async function load(params: Props['params']) {
  const p = await params
  const lang = langParam(p.lang)
  const route = resolveDocumentRoute(lang, p.section, p.slug)
  if (!route) notFound()
  return { lang, ...route }
}

/** The finder's answer for an area (/nb/finn-program/telemark/), if the URL names one. */
async function loadAnswer(params: Props['params']) {
  const p = await params
  const lang = langParam(p.lang)
  const answer = resolveFinderAnswer(lang, p.section, p.slug)
  return answer && { lang, answer }
}

export async function generateMetadata({ params }: Props) {
  const finder = await loadAnswer(params)
  if (finder) return finderAnswerMetadata(finder.lang, finder.answer)
  const { lang, doc } = await load(params)
  return pageMetadata({
    lang,
    title: doc.title,
    description: doc.description,
    alternates: counterparts(doc),
    feeds: feedLinks(lang, feedsOfDocument(doc, countiesOf(doc))),
  })
}

/** The page of one strategy, agreement, network, programme or county; or a finder answer. */
export default async function DocumentPage({ params }: Props) {
  const finder = await loadAnswer(params)
  if (finder) return <FinderAnswerPage lang={finder.lang} answer={finder.answer} />
  const { lang, section, doc } = await load(params)
  const t = getT(lang)
  const crumbs = [
    { label: t('nav.home'), href: homeHref(lang) },
    { label: t(`nav.${section}`), href: sectionHref(lang, section) },
    { label: doc.title, href: doc.href },
  ]
  return (
    <SiteFrame lang={lang} alternates={counterparts(doc)} breadcrumbs={crumbs} current={section}>
      <DocumentView doc={doc} />
    </SiteFrame>
  )
}
