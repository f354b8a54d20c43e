/**
 * The review queue: what an editor should look at again (rules.ts), said in Norwegian or
 * English. `npm run check` reports each finding as a warning (the build goes on);
 * `npm run review` prints the whole queue, oldest first, as a to-do list.
 */
import { getT, type Lang } from '../../i18n'
import type { Problem } from '../problems'
import type { ContentFile } from '../validate/load'
import { reviewFindings, type ReviewFinding } from './rules'

export { reviewFindings, type ReviewFinding } from './rules'

function said(f: ReviewFinding, lang: Lang): { message: string; expected: string } {
  const t = getT(lang)
  return { message: t(`review:${f.kind}.message`, f.values), expected: t(`review:${f.kind}.expected`, f.values) }
}

/** The findings as the checker's warnings: "file: field: what (what to do)". */
export function reviewProblems(files: readonly ContentFile[], today: string, lang: Lang = 'nb'): Problem[] {
  return reviewFindings(files, today).map((f) => ({ file: f.file, field: f.field, ...said(f, lang), severity: 'warning' }))
}

/** The queue as an editor's to-do list: a heading, then per finding its date, file, field, reason and what to do. */
export function formatQueue(findings: readonly ReviewFinding[], today: string, lang: Lang = 'nb'): string {
  const t = getT(lang)
  if (findings.length === 0) return t('review:empty', { today })
  const items = findings.map((f, i) => {
    const { message, expected } = said(f, lang)
    return [`${i + 1}. ${f.file} (${t('review:since', { since: f.since })})`, `   ${f.field}: ${message}`, `   ${t('review:todo')}: ${expected}`].join('\n')
  })
  return [t('review:heading', { count: findings.length, today }), '', ...items, '', t('review:rules')].join('\n')
}
