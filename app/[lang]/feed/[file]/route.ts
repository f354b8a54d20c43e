import { notFound } from 'next/navigation'
import { feedOfFile, renderFeed } from '@/lib/changes/feeds'
import { langParam } from '@/lib/params'
import { feedParams } from '@/lib/site-pages'

/** An Atom feed of changes (/nb/feed/all.xml, programmes.xml, county-<id>.xml), written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = feedParams

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ lang: string; file: string }> },
) {
  const p = await params
  const lang = langParam(p.lang)
  const ref = feedOfFile(lang, p.file)
  if (!ref) notFound()
  return new Response(renderFeed(lang, ref), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
