import { notFound } from 'next/navigation'
import { getProgrammes } from '@/lib/content'
import { langParam } from '@/lib/params'
import { roundsCalendar } from '@/lib/programmes/calendar'
import { idFromFile } from '@/lib/file-names'
import { ALL_CALENDAR } from '@/lib/programmes/files'
import { calendarParams } from '@/lib/site-pages'

/** A programme's application rounds (/nb/calendar/<id>.ics), or all of them (all.ics), written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = calendarParams

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ lang: string; file: string }> },
) {
  const p = await params
  const lang = langParam(p.lang)
  const id = idFromFile(p.file, 'ics')
  const programmes = getProgrammes(lang)
  const single = programmes.find((x) => x.id === id)
  if (id !== ALL_CALENDAR && !single) notFound()
  return new Response(roundsCalendar(lang, single ? [single] : programmes, single), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
