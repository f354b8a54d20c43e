import type { ReactNode } from 'react'
import { LANGS } from '@/lib/i18n'
import { langParam } from '@/lib/params'
import { SITE_URL } from '@/lib/site'
import '../globals.css'

export const dynamicParams = false
export const generateStaticParams = () => LANGS.map((lang) => ({ lang }))
export const metadata = { metadataBase: new URL(SITE_URL) }

/** The root layout of every page in a language: <html lang> is the page's language. */
export default async function LangLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ lang: string }>
}) {
  const lang = langParam((await params).lang)
  return (
    <html lang={lang}>
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  )
}
