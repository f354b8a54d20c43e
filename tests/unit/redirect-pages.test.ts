/**
 * The redirect pages at the old addresses of a moved section (scripts/redirect-pages.ts):
 * one per page of the new section, in the section's language, each pointing at the same
 * page under the new address, with canonical, noindex and a link.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { redirectPageHtml, writeRedirectPages } from '../../scripts/redirect-pages'

const dir = mkdtempSync(join(tmpdir(), 'redirect-pages-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('redirect pages for moved sections', () => {
  it('writes one for the section page and each of its documents, in every language', () => {
    for (const page of [
      'nb/fylkeskommuner',
      'nb/fylkeskommuner/nordland',
      'en/county-councils',
      'en/county-councils/nordland',
      'nb/avtaler',
    ]) {
      mkdirSync(join(dir, page), { recursive: true })
      writeFileSync(join(dir, page, 'index.html'), '<!doctype html>')
    }
    expect(writeRedirectPages(dir).sort()).toEqual([
      '/en/counties/',
      '/en/counties/nordland/',
      '/nb/fylker/',
      '/nb/fylker/nordland/',
    ])
    const page = readFileSync(join(dir, 'nb/fylker/nordland/index.html'), 'utf8')
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=/nb/fylkeskommuner/nordland/">',
    )
  })

  it('sends the reader on, names the new page as canonical, is not indexed, and links to it in its language', () => {
    const nb = redirectPageHtml('nb', '/nb/fylkeskommuner/nordland/')
    expect(nb).toContain('<html lang="nb">')
    expect(nb).toContain(
      '<meta http-equiv="refresh" content="0; url=/nb/fylkeskommuner/nordland/">',
    )
    expect(nb).toContain(
      '<link rel="canonical" href="https://site.example/nb/fylkeskommuner/nordland/">',
    )
    expect(nb).toContain('<meta name="robots" content="noindex, follow">')
    expect(nb).toContain('<h1>Siden er flyttet</h1>')
    expect(nb).toContain(
      '<a href="/nb/fylkeskommuner/nordland/">https://site.example/nb/fylkeskommuner/nordland/</a>',
    )
    expect(redirectPageHtml('en', '/en/county-councils/')).toContain('<h1>This page has moved</h1>')
    // No script and no style: nothing the CSP would have to allow.
    expect(nb).not.toMatch(/<script|<style|style=/)
  })
})
