/**
 * Where the web editor saves: read at build time from the environment, like SITE_URL.
 *
 *   EDITOR_REPO      owner/name of the site's repository on the git host: required. Without
 *                    it the build publishes an /admin/ page that says the editor is not set
 *                    up and what to set (scripts/build-editor.ts), never a made-up repository.
 *   EDITOR_BACKEND   github (default) or gitlab
 *   EDITOR_BRANCH    the branch the site is built from (default main)
 *   EDITOR_AUTH_URL  the OAuth client's address, so editors sign in with their account rather
 *                    than a personal access token (GitHub needs a small OAuth service; GitLab
 *                    has PKCE and needs none)
 *   EDITOR_API_ROOT  the API of a self-hosted GitLab or GitHub Enterprise
 *   EDITOR_WORKFLOW  "editorial" to save every change as a pull or merge request (GitHub and
 *                    GitLab) instead of a commit on the branch
 * The test build (SITE_FIXTURES=1) uses TEST_EDITOR, a repository that cannot be mistaken
 * for a real one, so the browser tests can open the editor.
 */
import type { SettingProblem } from '../publisher'
import { SITE_URL } from '../site'

export type EditorSettings = {
  backend: 'github' | 'gitlab' | 'local'
  repo: string
  branch: string
  authUrl?: string
  apiRoot?: string
  editorialWorkflow: boolean
  siteUrl: string
}

type Env = Record<string, string | undefined>

export const TEST_EDITOR = { EDITOR_REPO: 'testeier/bare-i-testbygg' } as const

/** The settings the person responsible for the site must give before the editor works. */
export const REQUIRED_EDITOR_SETTINGS = ['EDITOR_REPO'] as const

/**
 * The editor's settings in an environment: `settings` when the editor can be set up, else
 * undefined with the `missing` settings named; `problems` are values that are set but wrong
 * (the build stops on them).
 */
export function readEditorSettings(env: Env = process.env): {
  settings?: EditorSettings
  missing: string[]
  problems: SettingProblem[]
} {
  const source: Env = env.SITE_FIXTURES === '1' ? { ...TEST_EDITOR, ...env } : env
  const value = (name: string) => source[name]?.trim() || undefined
  const problems: SettingProblem[] = []
  const backend = value('EDITOR_BACKEND') ?? 'github'
  if (backend !== 'github' && backend !== 'gitlab' && backend !== 'local')
    problems.push({
      setting: 'EDITOR_BACKEND',
      message: `"${backend}" is not a git host this editor knows (expected github or gitlab)`,
    })
  const repo = value('EDITOR_REPO')
  if (repo && !/^[\w.-]+(\/[\w.-]+)+$/.test(repo))
    problems.push({
      setting: 'EDITOR_REPO',
      message: `"${repo}" is not a repository (expected owner/name, e.g. fylke/internasjonalt-samarbeid)`,
    })
  // The local mode (npm run edit) reads the working tree and needs no repository.
  const missing = repo || backend === 'local' ? [] : [...REQUIRED_EDITOR_SETTINGS]
  if (problems.length > 0 || missing.length > 0) return { missing, problems }
  return {
    settings: {
      backend: backend as EditorSettings['backend'],
      repo: repo ?? 'local/working-tree',
      branch: value('EDITOR_BRANCH') ?? 'main',
      authUrl: value('EDITOR_AUTH_URL'),
      apiRoot: value('EDITOR_API_ROOT'),
      editorialWorkflow: value('EDITOR_WORKFLOW') === 'editorial',
      siteUrl: SITE_URL,
    },
    missing,
    problems,
  }
}

/**
 * The settings, or undefined when the editor is not set up; a wrong value throws, naming
 * the setting.
 */
export function editorSettings(env: Env = process.env): EditorSettings | undefined {
  const { settings, problems } = readEditorSettings(env)
  if (problems.length > 0)
    throw new Error(problems.map((p) => `${p.setting}: ${p.message}`).join('\n'))
  return settings
}

/** The loud warning a build without the editor's settings prints, or undefined when it is set up. */
export function missingEditorWarning(missing: string[]): string | undefined {
  if (missing.length === 0) return undefined
  const line = '!'.repeat(78)
  return [
    line,
    `!! NOT SET: ${missing.join(', ')}`,
    '!! The web editor is not set up: /admin/ says so, in Norwegian and English, and names',
    '!! what to set. Set the repository the site is built from (and, for GitHub, an OAuth',
    '!! client so editors sign in with their account), e.g.',
    '!!   EDITOR_REPO=fylke/internasjonalt-samarbeid EDITOR_AUTH_URL=https://… npm run build',
    line,
  ].join('\n')
}
