/**
 * The link check's report: broken links, redirects and links without an answer, each
 * with the files that cite it, then the count that work. When nothing answered at all,
 * it says that the machine is probably offline, instead of calling every link broken.
 * Exit code: 1 when a link is broken or did not answer, else 0.
 */
import { getT, type Lang } from '../i18n'
import type { LinkStatus } from './check'

type LinkReportInput = {
  results: readonly LinkStatus[]
  cited: ReadonlyMap<string, readonly string[]>
  concurrency: number
  timeout: number
}

export function formatLinkReport(
  { results, cited, concurrency, timeout }: LinkReportInput,
  lang: Lang = 'nb',
): { text: string; code: number } {
  const t = getT(lang)
  const files = new Set([...cited.values()].flat())
  const of = <S extends LinkStatus['state']>(state: S) =>
    results.filter((r): r is Extract<LinkStatus, { state: S }> => r.state === state)
  const broken = of('broken')
  const redirects = of('redirect')
  const unreachable = of('unreachable')
  const ok = of('ok')
  const citing = (url: string) => `      ${t('links:citedBy')} ${(cited.get(url) ?? []).join(', ')}`
  const lines = [
    t('links:heading', {
      count: results.length,
      files: files.size,
      concurrency,
      seconds: timeout / 1000,
    }),
  ]
  const section = (heading: string, items: string[][]) => {
    if (items.length > 0) lines.push('', heading, ...items.flat())
  }
  section(
    t('links:broken', { count: broken.length }),
    broken.map((r) => [`  ${r.status}  ${r.url}`, citing(r.url)]),
  )
  section(
    t('links:redirect', { count: redirects.length }),
    redirects.map((r) => [`  ${r.url}`, `      → ${r.target ?? '?'} (${r.status})`, citing(r.url)]),
  )
  section(
    t('links:unreachable', { count: unreachable.length }),
    unreachable.map((r) => [`  ${r.reason}  ${r.url}`, citing(r.url)]),
  )
  lines.push('', t('links:ok', { count: ok.length }))
  if (results.length > 0 && unreachable.length === results.length)
    lines.push('', t('links:offline'))
  else if (broken.length + redirects.length + unreachable.length === 0)
    lines.push(t('links:allFine'))
  return { text: lines.join('\n'), code: broken.length + unreachable.length > 0 ? 1 : 0 }
}
