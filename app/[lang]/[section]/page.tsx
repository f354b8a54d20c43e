import { notFound } from 'next/navigation'
import { SiteFrame } from '@/components/layout/SiteFrame'
import { FreePageView } from '@/components/views/FreePageView'
import { SectionView } from '@/components/views/SectionView'
import { feedLinks, feedsOfDocument, feedsOfSection } from '@/lib/changes/feeds'
import { counterparts } from '@/lib/content'
import { getT } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { homeHref } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import { resolveSectionRoute, sectionAlternates, sectionParams } from '@/lib/site-pages'

type Props = { params: Promise<{ lang: string; section: string }> }

export const dynamicParams = false
export const generateStaticParams = sectionParams

async function load(params: Props['params']) {
  const p = await params
  const lang = langParam(p.lang)
  const route = resolveSectionRoute(lang, p.section)
  if (!route) notFound()
  return { lang, route }
}

export async function generateMetadata({ params }: Props) {
  const { lang, route } = await load(params)
  const t = getT(lang)
  if (route.kind === 'page') {
    return pageMetadata({
      lang,
      title: route.doc.title,
      description: route.doc.description,
      alternates: counterparts(route.doc),
      feeds: feedLinks(lang, feedsOfDocument(route.doc, [])),
    })
  }
  const description = t(`sectionIntro.${route.section}`, { defaultValue: t('site.tagline') })
  return pageMetadata({
    lang,
    title: t(`nav.${route.section}`),
    description,
    alternates: sectionAlternates(route.section),
    feeds: feedLinks(lang, feedsOfSection(route.section)),
  })
}

/** A first-level page: a section (list, finder, search) or a free page. */
export default async function SectionPage({ params }: Props) {
  const { lang, route } = await load(params)
  if (route.kind === 'page') {
    const crumbs = [
      { label: getT(lang)('nav.home'), href: homeHref(lang) },
      { label: route.doc.title, href: route.doc.href },
    ]
    return (
      <SiteFrame lang={lang} alternates={counterparts(route.doc)} breadcrumbs={crumbs}>
        <FreePageView doc={route.doc} />
      </SiteFrame>
    )
  }
  const { section } = route
  return (
    <SiteFrame lang={lang} alternates={sectionAlternates(section)} current={section}>
      <SectionView lang={lang} section={section} />
    </SiteFrame>
  )
}
