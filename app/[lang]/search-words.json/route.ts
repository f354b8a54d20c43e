import { LANGS } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { searchWords } from '@/lib/search/words'

/** The words search can find in a language (/nb/search-words.json), for "did you mean", written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }))
}

export async function GET(_req: Request, { params }: { params: Promise<{ lang: string }> }) {
  const lang = langParam((await params).lang)
  return Response.json(searchWords(lang))
}
