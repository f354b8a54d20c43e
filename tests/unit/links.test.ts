/**
 * The link check (npm run links) against a loopback server of our own (node:http on
 * 127.0.0.1), never the internet: a page that answers 200, one that moved (301), one
 * missing (404), one failing (500), and one that accepts the connection but never
 * answers, which must end at the time limit. Each result names the files that cite it.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentFile } from '@/lib/checker/validate/load'
import { checkLinks } from '@/lib/links/check'
import { citedUrls } from '@/lib/links/collect'
import { formatLinkReport } from '@/lib/links/report'

let server: Server
let base = ''

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
    else if (req.url === '/moved') res.writeHead(301, { location: '/ok' }).end()
    else if (req.url === '/missing') res.writeHead(404).end()
    else if (req.url === '/error') res.writeHead(500).end()
    // /silent: the request is read, and never answered
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

const file = (name: string, data: Record<string, unknown>, body = ''): ContentFile => ({
  file: name,
  type: 'Programme',
  lang: 'nb',
  slug: 'x',
  data,
  body,
  bodyLine: 1,
  lines: new Map(),
})

describe('the link check', () => {
  it('collects every external URL of the front matter and the body, with the files citing it', () => {
    const cited = citedUrls([
      file(
        'content/a.md',
        {
          website: 'https://example.org/',
          sources: [
            { url: 'https://example.org/kilde', published: '2024' },
            { url: 'A printed report' },
          ],
        },
        'See [the call](https://example.org/call) and [us](/nb/).',
      ),
      file('content/b.md', {
        rates: [{ label: 'x', value: 'y', source: 'https://example.org/kilde' }],
      }),
    ])
    expect([...cited]).toEqual([
      ['https://example.org/', ['content/a.md']],
      ['https://example.org/kilde', ['content/a.md', 'content/b.md']],
      ['https://example.org/call', ['content/a.md']],
    ])
  })

  it('tells 200, 301, 404, 500 and no answer apart, within the time limit', async () => {
    const urls = ['/ok', '/moved', '/missing', '/error', '/silent'].map((p) => base + p)
    const started = Date.now()
    const results = await checkLinks(urls, { timeout: 400, concurrency: 5 })
    // HEAD, then GET once: two time limits at most, far below a minute.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(results).toEqual([
      { url: `${base}/ok`, state: 'ok', status: 200 },
      { url: `${base}/moved`, state: 'redirect', status: 200, target: `${base}/ok` },
      { url: `${base}/missing`, state: 'broken', status: 404 },
      { url: `${base}/error`, state: 'broken', status: 500 },
      { url: `${base}/silent`, state: 'unreachable', reason: 'timeout' },
    ])
  }, 20_000)

  it('reports each problem with the files that cite it, and exits 1', async () => {
    const cited = new Map([
      [`${base}/ok`, ['content/programmes/nb/a.md']],
      [`${base}/moved`, ['content/programmes/en/a.md', 'content/programmes/nb/a.md']],
      [`${base}/missing`, ['content/contacts/nb/b.md']],
      [`${base}/silent`, ['content/counties/nb/c.md']],
    ])
    const results = await checkLinks([...cited.keys()], { timeout: 400 })
    const nb = formatLinkReport({ results, cited, concurrency: 8, timeout: 400 }, 'nb')
    expect(nb.code).toBe(1)
    expect(nb.text).toContain(`Virker ikke (1): siden svarer med en feil.`)
    expect(nb.text).toContain(`  404  ${base}/missing\n      brukt i content/contacts/nb/b.md`)
    expect(nb.text).toContain(
      `  ${base}/moved\n      → ${base}/ok (200)\n      brukt i content/programmes/en/a.md, content/programmes/nb/a.md`,
    )
    expect(nb.text).toContain(`  timeout  ${base}/silent\n      brukt i content/counties/nb/c.md`)
    expect(nb.text).toContain('Virker: 1')
    expect(nb.text).not.toContain('Internett')
    const en = formatLinkReport({ results, cited, concurrency: 8, timeout: 400 }, 'en')
    expect(en.text).toContain(`Broken (1): the page answers with an error.`)
    expect(en.text).toContain(`      cited in content/contacts/nb/b.md`)
  }, 20_000)

  it('says the machine looks offline when nothing answers, instead of calling every link broken', () => {
    const cited = new Map([
      ['https://example.invalid/', ['content/a.md']],
      ['https://other.invalid/', ['content/b.md']],
    ])
    const results = [...cited.keys()].map((url) => ({
      url,
      state: 'unreachable' as const,
      reason: 'ENOTFOUND',
    }))
    const { text, code } = formatLinkReport(
      { results, cited, concurrency: 8, timeout: 10_000 },
      'nb',
    )
    expect(text).toContain('Fikk ikke svar (2)')
    expect(text).toContain(
      'Ingen av adressene svarte. Det tyder på at maskinen ikke har forbindelse til Internett',
    )
    expect(text).not.toContain('Virker ikke')
    expect(code).toBe(1)
  })

  it('redirects only: exit 0, the report lists them', async () => {
    const cited = new Map([[`${base}/moved`, ['content/a.md']]])
    const { text, code } = formatLinkReport(
      {
        results: await checkLinks([...cited.keys()], { timeout: 400 }),
        cited,
        concurrency: 8,
        timeout: 400,
      },
      'en',
    )
    expect(text).toContain('Redirected (1)')
    expect(code).toBe(0)
  }, 20_000)
})
