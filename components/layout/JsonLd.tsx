/**
 * Structured data for search engines. A JSON-LD block is data, not script: browsers do
 * not run it, so a strict Content-Security-Policy does not block it.
 */
export function JsonLd({ data }: { data: object }) {
  // "<" is escaped so content can never close the element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
