import { notFound } from 'next/navigation'
import { FinderAnswerPage, finderAnswerMetadata } from '@/components/finder/FinderAnswerPage'
import { langParam } from '@/lib/params'
import { finderThemeParams, resolveFinderAnswer } from '@/lib/site-pages'

type Props = { params: Promise<{ lang: string; section: string; slug: string; theme: string }> }

export const dynamicParams = false
export const generateStaticParams = finderThemeParams

async function load(params: Props['params']) {
  const p = await params
  const lang = langParam(p.lang)
  const answer = resolveFinderAnswer(lang, p.section, p.slug, p.theme)
  if (!answer) notFound()
  return { lang, answer }
}

export async function generateMetadata({ params }: Props) {
  const { lang, answer } = await load(params)
  return finderAnswerMetadata(lang, answer)
}

/** The finder's answer for a theme, in an area or any: /nb/finn-program/telemark/transport/. */
export default async function FinderThemePage({ params }: Props) {
  const { lang, answer } = await load(params)
  return <FinderAnswerPage lang={lang} answer={answer} />
}
