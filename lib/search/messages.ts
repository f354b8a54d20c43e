import { getT, type Lang } from '@/lib/i18n'

/** The texts the search page's script needs, worded on the server from lib/i18n. */
export function searchMessages(lang: Lang) {
  const t = getT(lang)
  return {
    loading: t('search:status.loading'),
    one: t('search:status.one'),
    other: t('search:status.other'),
    none: t('search:status.none'),
    error: t('search:status.error'),
  }
}

export type SearchMessages = ReturnType<typeof searchMessages>
