import { getPageById, getPages } from '@/lib/content'
import { getT, type Lang } from '@/lib/i18n'
import { sectionHref } from '@/lib/routes'

const FIXED_PAGES = ['about', 'accessibility', 'privacy']

/**
 * Who publishes, whom to contact, the accessibility statement and privacy pages, and
 * any other free page an editor adds (so no page is left without a way to it).
 */
export function Footer({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const otherPages = getPages(lang).filter((p) => !FIXED_PAGES.includes(p.id))
  const links = [
    { label: t('footer.publisher'), href: getPageById(lang, 'about')?.href },
    { label: t('footer.contact'), href: sectionHref(lang, 'contacts') },
    { label: t('footer.accessibility'), href: getPageById(lang, 'accessibility')?.href },
    { label: t('footer.privacy'), href: getPageById(lang, 'privacy')?.href },
    ...otherPages.map((p) => ({ label: p.title, href: p.href, lang: p.fallback ? p.lang : undefined })),
  ].filter((l): l is { label: string; href: string; lang?: string } => Boolean(l.href))
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
        <p className="mb-2">{t('site.publisher')}</p>
        <p>{t('footer.noCookies')}</p>
      </div>
    </footer>
  )
}
