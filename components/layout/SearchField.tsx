import { getT, type Lang } from '@/lib/i18n'
import { sectionHref } from '@/lib/routes'

/** The header's compact field, and the search page's own (shown by its script, so hidden at first). */
const VARIANTS = {
  header: {
    formId: undefined,
    inputId: 'site-search-q',
    form: 'flex w-full items-stretch sm:w-auto',
    label: 'sr-only',
    row: 'contents',
    input:
      'min-w-0 flex-1 rounded-l border-2 border-white bg-white px-2 py-1 text-gray-900 sm:w-48 sm:flex-none',
    button:
      'rounded-r border-2 border-white bg-brand-700 px-3 py-1 font-bold text-white hover:bg-brand-600',
  },
  page: {
    formId: 'search-form',
    inputId: 'search-q',
    form: 'mb-4',
    label: 'mb-1 block font-bold',
    row: 'flex max-w-xl',
    input: 'min-w-0 flex-1 rounded-l border-2 border-gray-700 px-3 py-2 text-lg',
    button:
      'rounded-r border-2 border-brand-700 bg-brand-700 px-4 py-2 text-lg font-bold text-white hover:bg-brand-600',
  },
} as const

/**
 * A search form: a plain GET form that leads to the search page with ?q=. The header's
 * needs no script, so it loads nothing; the search page's script does the searching.
 */
export function SearchField({
  lang,
  variant = 'header',
}: {
  lang: Lang
  variant?: keyof typeof VARIANTS
}) {
  const t = getT(lang)
  const v = VARIANTS[variant]
  return (
    <form
      id={v.formId}
      role="search"
      aria-label={t('search:label')}
      action={sectionHref(lang, 'search')}
      method="get"
      hidden={variant === 'page'}
      className={v.form}
    >
      <label htmlFor={v.inputId} className={v.label}>
        {t('search:fieldLabel')}
      </label>
      <div className={v.row}>
        <input id={v.inputId} type="search" name="q" autoComplete="off" className={v.input} />
        <button type="submit" className={v.button}>
          {t('search:submit')}
        </button>
      </div>
    </form>
  )
}
