/**
 * Review warnings keep their words in the interface's `review` namespace (lib/i18n), where
 * `npm run review` reads them too: one wording for the check and the queue.
 */
import { getT, type Lang } from '../../i18n'
import type { ReviewKind } from '../review/rules'
import type { Text } from './types'

export type ReviewWords = { kind: ReviewKind; values: Record<string, unknown> }

export function reviewText(lang: Lang, { kind, values }: ReviewWords): Text {
  const t = getT(lang)
  return {
    message: t(`review:${kind}.message`, values),
    expected: t(`review:${kind}.expected`, values),
  }
}
