/**
 * The review queue: what an editor should look at again (rules.ts), said in Norwegian or
 * English. `npm run check` reports each finding as a warning (the build goes on);
 * `npm run review` prints the whole queue, oldest first, as a to-do list.
 */
import { getT, type Lang } from '../../i18n'
import { say } from '../messages'
import { reviewText } from '../messages/review'
import type { Problem } from '../../content/problems'
import type { ContentFile } from '../validate/load'
import { reviewFindings, type ReviewFinding } from './rules'

export { reviewFindings, type ReviewFinding } from './rules'

/** The findings as the checker's warnings: "file: field: what (what to do)". */
export function reviewProblems(files: readonly ContentFile[], today: string): Problem[] {
  return reviewFindings(files, today).map((f) => ({
    file: f.file,
    field: f.field,
    ...say('review', { kind: f.kind, values: f.values }),
    severity: 'warning',
  }))
}

/** The queue as an editor's to-do list: a heading, then per finding its date, file, field, reason and what to do. */
export function formatQueue(
  findings: readonly ReviewFinding[],
  today: string,
  lang: Lang = 'nb',
): string {
  const t = getT(lang)
  if (findings.length === 0) return t('review:empty', { today })
  const items = findings.map((f, i) => {
    const { message, expected } = reviewText(lang, f)
    return [
      `${i + 1}. ${f.file} (${t('review:since', { since: f.since })})`,
      `   ${f.field}: ${message}`,
      `   ${t('review:todo')}: ${expected}`,
    ].join('\n')
  })
  return [
    t('review:heading', { count: findings.length, today }),
    '',
    ...items,
    '',
    t('review:rules'),
  ].join('\n')
}
