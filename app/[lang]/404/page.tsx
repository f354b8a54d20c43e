import { SiteFrame } from '@/components/layout/SiteFrame'
import { NotFoundView } from '@/components/views/NotFoundView'
import { getT, LANGS, type Lang } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { homeAlternates } from '@/lib/site-pages'

type Props = { params: Promise<{ lang: string }> }

/**
 * The "not found" page of each language (/nb/404/, /nn/404/, /en/404/): the web server
 * answers a missing URL under that language with it, and status 404 (deploy/rules.ts).
 */
export async function generateMetadata({ params }: Props) {
  const lang = langParam((await params).lang)
  const t = getT(lang)
  return {
    title: `${t('notFound.title')} – ${t('site.name')}`,
    robots: { index: false, follow: true },
  }
}

export default async function NotFoundPage({ params }: Props) {
  const lang = langParam((await params).lang)
  // The language links lead to the other languages' home pages: there is no counterpart.
  const alternates = homeAlternates()
  return (
    <SiteFrame lang={lang} alternates={alternates}>
      <NotFoundView lang={lang} />
    </SiteFrame>
  )
}

export const generateStaticParams = () => LANGS.map((lang: Lang) => ({ lang }))
