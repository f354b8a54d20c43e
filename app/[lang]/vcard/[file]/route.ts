import { notFound } from 'next/navigation'
import { getContacts } from '@/lib/content'
import { langParam } from '@/lib/params'
import { contactVCard } from '@/lib/contacts/vcard'
import { idFromFile } from '@/lib/file-names'
import { vcardParams } from '@/lib/site-pages'

/** A contact's vCard (/nb/vcard/<id>.vcf), written once at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = vcardParams

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ lang: string; file: string }> },
) {
  const p = await params
  const lang = langParam(p.lang)
  const id = idFromFile(p.file, 'vcf')
  const contact = getContacts(lang).find((c) => c.id === id)
  if (!contact) notFound()
  return new Response(contactVCard(contact), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  })
}
