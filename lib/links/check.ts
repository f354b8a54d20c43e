/**
 * Checks a list of URLs with linkinator: each at most `timeout` ms per request, at most
 * `concurrency` at a time, no retries. linkinator checks the links of a page, so the
 * URLs are put as links on one page of our own (served by linkinator's local server);
 * not crawling further (recurse: false) keeps it to exactly these URLs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LinkChecker, LinkState } from 'linkinator'

export type LinkStatus =
  | { url: string; state: 'ok'; status: number }
  // A redirect is followed: `status` is that of the page it ends at, `target` its address.
  | { url: string; state: 'redirect'; status: number; target?: string }
  | { url: string; state: 'broken'; status: number }
  | { url: string; state: 'unreachable'; reason: string }

type CheckLinkOptions = { concurrency?: number; timeout?: number }
export const LINK_DEFAULTS = { concurrency: 8, timeout: 10_000 } as const

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** Why a request got no HTTP answer, from linkinator's failure details. */
function reasonOf(details: unknown[] | undefined): string {
  const error = details?.find((d): d is Error => d instanceof Error)
  const cause = error?.cause as { code?: string; message?: string } | undefined
  if (error?.name === 'TimeoutError' || /aborted due to timeout/i.test(error?.message ?? ''))
    return 'timeout'
  // e.g. ENOTFOUND (no such host, or no name server: offline), ECONNREFUSED, ECONNRESET
  return cause?.code ?? cause?.message ?? error?.message ?? 'no answer'
}

export async function checkLinks(
  urls: readonly string[],
  options: CheckLinkOptions = {},
): Promise<LinkStatus[]> {
  const { concurrency, timeout } = { ...LINK_DEFAULTS, ...options }
  if (urls.length === 0) return []
  const dir = mkdtempSync(join(tmpdir(), 'links-'))
  try {
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><title>links</title>\n${urls.map((u) => `<a href="${escape(u)}">x</a>`).join('\n')}\n`,
    )
    const checker = new LinkChecker()
    const redirects = new Map<string, { status: number; target?: string }>()
    checker.on('redirect', (r) => redirects.set(r.url, { status: r.status, target: r.targetUrl }))
    const result = await checker.check({
      path: join(dir, 'index.html'),
      recurse: false,
      concurrency,
      timeout,
      redirects: 'warn',
      retry: false,
      retryErrors: false,
    })
    const byUrl = new Map(result.links.map((l) => [l.url, l]))
    return urls.map((url): LinkStatus => {
      const link = byUrl.get(url) ?? byUrl.get(new URL(url).href)
      if (!link) return { url, state: 'unreachable', reason: 'not checked' }
      const status = link.status ?? 0
      if (link.state === LinkState.BROKEN || link.state === LinkState.SKIPPED) {
        return status > 0
          ? { url, state: 'broken', status }
          : { url, state: 'unreachable', reason: reasonOf(link.failureDetails) }
      }
      const redirect = redirects.get(link.url)
      if (redirect)
        return { url, state: 'redirect', status: redirect.status, target: redirect.target }
      return { url, state: 'ok', status }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
