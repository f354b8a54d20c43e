import { getT, type Lang } from '@/lib/i18n'
import { absoluteUrl } from '@/lib/site'
import { JsonLd } from './JsonLd'

export type Crumb = { label: string; href: string }

/** Breadcrumbs for pages two or more levels deep, with BreadcrumbList JSON-LD. */
export function Breadcrumbs({ lang, items }: { lang: Lang; items: Crumb[] }) {
  const t = getT(lang)
  return (
    <nav aria-label={t('breadcrumbs')} className="no-print mx-auto max-w-5xl px-4 pt-4 text-sm">
      <ol className="flex flex-wrap gap-1">
        {items.map((c, i) => (
          <li key={c.href} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === items.length - 1 ? (
              <a href={c.href} aria-current="page" className="text-gray-700 no-underline">
                {c.label}
              </a>
            ) : (
              <a href={c.href} className="text-brand-700 underline">
                {c.label}
              </a>
            )}
          </li>
        ))}
      </ol>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: items.map((c, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            name: c.label,
            item: absoluteUrl(c.href),
          })),
        }}
      />
    </nav>
  )
}
