import { getPageById, getPages } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { feedHref } from '@/lib/changes/feeds'
import { sectionHref } from '@/lib/routes'
import { PublisherLine } from './Publisher'

/** Free pages the footer names with its own words, in this order. */
const NAMED_PAGES = [
  ['about', 'footer.publisher'],
  ['accessibility', 'footer.accessibility'],
  ['privacy', 'footer.privacy'],
  ['editors', 'editor:footerLink'],
] as const

/**
 * Who publishes, whom to contact, the accessibility statement and privacy pages, and any
 * other free page (so every page of the site can be reached by following links), and search.
 */
export function Footer({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const named = new Set<string>(NAMED_PAGES.map(([id]) => id))
  const links = [
    ...NAMED_PAGES.map(([id, key]) => ({
      label: t(key),
      href: getPageById(lang, id)?.href,
      lang: undefined,
    })),
    { label: t('footer.contact'), href: sectionHref(lang, 'contacts'), lang: undefined },
    ...getPages(lang)
      .filter((p) => !named.has(p.id))
      .map((p) => ({ label: p.title, href: p.href, lang: p.fallback ? p.lang : undefined })),
    { label: t('nav.search'), href: sectionHref(lang, 'search'), lang: undefined },
    // What's new, and its feed: every page can be followed (lib/changes/feeds.ts).
    { label: t('nav.changes'), href: sectionHref(lang, 'changes'), lang: undefined },
    { label: t('changes:follow'), href: feedHref(lang, { kind: 'all' }), lang: undefined },
  ].filter((l): l is { label: string; href: string; lang: Lang | undefined } => Boolean(l.href))
  return (
    <footer className="no-print mt-16 border-t-4 border-brand-700 bg-gray-100">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-gray-800">
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href} lang={l.lang} className="text-brand-700 underline">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
        <PublisherLine lang={lang} />
        <p className="mb-2">{t('site.publisher')}</p>
        <p>{t('footer.noCookies')}</p>
      </div>
    </footer>
  )
}
