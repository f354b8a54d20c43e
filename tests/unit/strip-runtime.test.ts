import { readFileSync } from 'node:fs'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { isRscPayload, stripRuntime } from '../../scripts/strip-runtime'

/** A strategy page exactly as `next build` wrote it (recorded from out/). */
const before = readFileSync('tests/fixtures/perf/strategy-before.html', 'utf8')
const scripts = (html: string) => parse(html).querySelectorAll('script')
const visibleText = (html: string) => {
  const root = parse(html)
  root.querySelectorAll('script').forEach((s) => s.remove())
  return root.querySelector('body')!.text
}

describe('stripping the Next.js runtime from a built page', () => {
  const { html: after, removed } = stripRuntime(before)

  it('removes every framework script, inline payload and script preload', () => {
    expect(scripts(before).some((s) => s.getAttribute('src')?.startsWith('/_next/'))).toBe(true)
    expect(before).toContain('self.__next_f.push')
    expect(removed).toBe(10)
    expect(scripts(after).filter((s) => s.getAttribute('src')?.startsWith('/_next/'))).toEqual([])
    expect(after).not.toContain('self.__next_f')
    expect(after).not.toContain('TURBOPACK')
    expect(after).not.toMatch(/<link[^>]+as="script"/)
  })

  it('keeps the JSON-LD data, the stylesheet, the head and the whole visible page', () => {
    const ld = scripts(after).filter((s) => s.getAttribute('type') === 'application/ld+json')
    expect(ld).toHaveLength(1)
    expect(JSON.parse(ld[0].rawText)['@type']).toBe('BreadcrumbList')
    const root = parse(after)
    expect(root.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toMatch(
      /^\/_next\/static\/.+\.css$/,
    )
    expect(root.querySelector('title')?.text).toBe(
      'Internasjonal strategi 2022–2026 for Nordland fylkeskommune – Internasjonalt samarbeid',
    )
    expect(root.querySelector('link[rel="canonical"]')).not.toBeNull()
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('nb')
    expect(after.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(visibleText(after)).toBe(visibleText(before))
    expect(after.length).toBeLessThan(before.length / 2)
  })

  it("keeps the site's own scripts", () => {
    const withOwn = before.replace(
      '</body>',
      '<script src="/js/search.js" defer=""></script></body>',
    )
    const own = scripts(stripRuntime(withOwn).html).filter(
      (s) => s.getAttribute('src') === '/js/search.js',
    )
    expect(own).toHaveLength(1)
    expect(own[0].hasAttribute('defer')).toBe(true)
  })

  it('reports an inline script that is not the framework’s instead of removing it silently', () => {
    const result = stripRuntime(
      before.replace('</body>', '<script>console.log("hello")</script></body>'),
    )
    expect(result.unknownInline).toEqual(['console.log("hello")'])
    expect(result.html).toContain('console.log("hello")')
  })

  it('tells RSC payload files from other text files', () => {
    expect(isRscPayload('nb/strategier/index.txt')).toBe(true)
    expect(isRscPayload('nb/strategier/__next._full.txt')).toBe(true)
    expect(isRscPayload('robots.txt')).toBe(false)
  })
})
