import { notFound } from 'next/navigation'
import { getProgrammes } from '@/lib/content'
import { LANGS } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { roundsCalendar } from '@/lib/programmes/calendar'
import { idFromFile } from '@/lib/file-names'
import { ALL_CALENDAR } from '@/lib/programmes/files'

/** A programme's application rounds (/nb/calendar/<id>.ics), or all of them (all.ics), written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return LANGS.flatMap((lang) => [ALL_CALENDAR, ...getProgrammes(lang).map((p) => p.id)].map((id) => ({ lang, file: `${id}.ics` })))
}

export async function GET(_req: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const p = await params
  const lang = langParam(p.lang)
  const id = idFromFile(p.file, 'ics')
  const programmes = getProgrammes(lang)
  const single = programmes.find((x) => x.id === id)
  if (id !== ALL_CALENDAR && !single) notFound()
  const body = roundsCalendar(lang, single ? [single] : programmes, single)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
