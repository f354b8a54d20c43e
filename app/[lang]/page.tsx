import { SiteFrame } from '@/components/layout/SiteFrame'
import { HomeView } from '@/components/views/HomeView'
import { feedLinks } from '@/lib/changes/feeds'
import { getT } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { pageMetadata } from '@/lib/seo'
import { homeAlternates } from '@/lib/site-pages'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props) {
  const lang = langParam((await params).lang)
  const t = getT(lang)
  return pageMetadata({
    lang,
    title: t('site.name'),
    description: t('site.tagline'),
    alternates: homeAlternates(),
    feeds: feedLinks(lang, [{ kind: 'all' }]),
  })
}

export default async function HomePage({ params }: Props) {
  const lang = langParam((await params).lang)
  return (
    <SiteFrame lang={lang} alternates={homeAlternates()} current="home">
      <HomeView lang={lang} />
    </SiteFrame>
  )
}
