/**
 * A fresh `npm install` must leave package-lock.json as committed, so the lockfile pins
 * what CI installs. CI runs `npm install && npm test` on a fresh clone: if the install
 * rewrote the lockfile (a dependency asking for a floating version such as "latest"),
 * this test sees the difference and fails. Pin or override the floating dependency
 * (package.json "overrides"), or commit the lockfile npm wrote.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('package-lock.json', () => {
  it('is as committed after npm install', () => {
    const diff = execFileSync(
      'git',
      ['diff', '--stat', 'HEAD', '--', 'package-lock.json', 'package.json'],
      { encoding: 'utf8' },
    )
    expect(
      diff,
      'npm install changed the lockfile: pin the floating dependency or commit package-lock.json',
    ).toBe('')
  })
})
