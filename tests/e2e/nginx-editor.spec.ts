import { expect, test } from '@playwright/test'

/**
 * nginx with the generated configuration: /admin/ (the web editor) gets its own policy,
 * the public pages keep theirs, and the editor starts under it without a violation.
 */
test('/admin/ has the editor policy and noindex; public pages keep the strict one', async ({
  page,
  request,
}) => {
  const admin = await request.get('/admin/')
  expect(admin.status()).toBe(200)
  const csp = admin.headers()['content-security-policy']
  expect(csp).toContain("style-src 'self' 'unsafe-inline'")
  expect(csp).toContain("connect-src 'self' data: https://api.github.com https://gitlab.com")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(admin.headers()['x-robots-tag']).toBe('noindex, nofollow')
  expect(admin.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups')
  const script = await request.get('/admin/sveltia-cms.js')
  expect(script.headers()['content-security-policy']).toBe(csp)

  for (const path of ['/nb/', '/en/agreements/', '/pagefind/pagefind.js']) {
    const site = (await request.get(path)).headers()
    expect(site['content-security-policy'], path).toContain("default-src 'self'")
    expect(site['content-security-policy'], path).not.toContain('unsafe-inline')
    expect(site['content-security-policy'], path).not.toContain('api.github.com')
    expect(site['x-robots-tag'], path).toBeUndefined()
  }

  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.effectiveDirective} ${e.blockedURI}`,
      ),
    ),
  )
  await page.goto('/admin/')
  // The editor speaks Bokmål (lib/editor/locales/nb.yaml).
  await expect(page.getByRole('button', { name: 'Arbeid med lokalt kodelager' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByRole('button', { name: 'Logg inn med tilgangskode' })).toBeVisible()
  // The only things the policy stops are the editor's own calls home (its update check and a
  // status check of github.com), which this site does not want made.
  expect(
    violations.filter(
      (v) =>
        !/^connect-src https:\/\/(unpkg\.com\/@sveltia\/cms\/|www\.githubstatus\.com\/)/.test(v),
    ),
  ).toEqual([])
})
