import type { ReactNode } from 'react'
import { DEFAULT_LANG } from '@/lib/i18n/config'
import '../globals.css'

/** The root layout of the language choice at "/" (the only page outside a language). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LANG}>
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  )
}
