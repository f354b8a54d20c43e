/**
 * The finder's texts for its page script, worded from the locales on the server: the count
 * for every possible number of results, and the note about an unknown value in the URL.
 */
import { getT, type Lang } from '@/lib/i18n'

/** Keys: "all", "0" … "<number of programmes>", "unknown" (with `{values}`). */
export type FinderMessages = Record<string, string>

export function finderMessages(lang: Lang, programmeCount: number): FinderMessages {
  const t = getT(lang)
  const messages: FinderMessages = {
    all: t('programme:finder.countAll', { count: programmeCount }),
    unknown: t('programme:finder.unknownFilter', { values: '{values}' }),
  }
  for (let n = 0; n <= programmeCount; n++)
    messages[n] =
      n === 0 ? t('programme:finder.countNone') : t('programme:finder.count', { count: n })
  return messages
}
