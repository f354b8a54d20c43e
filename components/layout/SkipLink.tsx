import { getT, type Lang } from '@/lib/i18n'

/** The first focusable element: jumps past the header to the main content. */
export function SkipLink({ lang }: { lang: Lang }) {
  const t = getT(lang)
  return (
    <a
      href="#main"
      className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-[var(--color-focus)] focus:px-4 focus:py-2 focus:text-black focus:underline"
    >
      {t('skipLink')}
    </a>
  )
}
