/**
 * A document's Markdown body, as HTML compiled by Contentlayer at build. Raw HTML in
 * Markdown is refused by the content checker, so this is only what Markdown produces.
 */
export function Prose({ html, lang }: { html: string; lang?: string }) {
  if (!html.trim()) return null
  return (
    <div
      lang={lang}
      className="prose prose-slate max-w-none prose-a:text-brand-700"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
