import { getT, type Lang } from '@/lib/i18n'

/** A short "(source)" link after a fact; screen readers hear which fact it is for. */
export function SourceLink({ lang, href, about }: { lang: Lang; href: string; about: string }) {
  const t = getT(lang)
  return (
    <>
      {' '}
      (
      <a href={href} className="text-brand-700 underline" data-source>
        {t('programme:source')}
        <span className="sr-only">: {about}</span>
      </a>
      )
    </>
  )
}
