import { getT, LANGS, type Lang } from '@/lib/i18n'
import { languageName } from '@/lib/i18n/format'
import { sectionHref } from '@/lib/routes'

/**
 * What the search page's script needs from the page, worded on the server from lib/i18n
 * (see lib/page-script/messages.ts): its texts, the address of the word list, and per
 * other language its search page and the texts that point there.
 */
export function searchMessages(lang: Lang): Record<string, string> {
  const t = getT(lang)
  const others = LANGS.filter((l) => l !== lang)
  const messages: Record<string, string> = {
    loading: t('search:status.loading'),
    one: t('search:status.one'),
    other: t('search:status.other'),
    none: t('search:status.none'),
    error: t('search:status.error'),
    didYouMean: t('search:didYouMean'),
    wordsHref: `/${lang}/search-words.json`,
    others: others.join(' '),
    lang,
    meant: t('everywhere:search.meant', { word: '{word}' }),
    showingFor: t('everywhere:search.showingFor', { word: '{word}', query: '{query}' }),
    textLang: t('everywhere:search.textLang', { language: '{language}' }),
  }
  for (const other of others) {
    const language = languageName(lang, other)
    messages[`otherOne.${other}`] = t('search:otherLanguage.one', { language })
    messages[`otherOther.${other}`] = t('search:otherLanguage.other', { language })
    messages[`otherLink.${other}`] = t('search:otherLanguage.link', { language })
    messages[`otherHref.${other}`] = sectionHref(other, 'search')
    messages[`otherResults.${other}`] = t('everywhere:search.otherLangResults', { language })
  }
  return messages
}

export type SearchMessages = ReturnType<typeof searchMessages>
