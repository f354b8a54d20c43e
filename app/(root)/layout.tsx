import type { ReactNode } from 'react'
import '../globals.css'

/** The root layout of the language choice at "/" (the only page outside a language). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  )
}
