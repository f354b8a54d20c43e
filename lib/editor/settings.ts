/**
 * Where the web editor saves: read at build time from the environment, like SITE_URL.
 *
 *   EDITOR_BACKEND   github (default) or gitlab
 *   EDITOR_REPO      owner/name of the site's repository on that host
 *   EDITOR_BRANCH    the branch the site is built from (default main)
 *   EDITOR_AUTH_URL  the OAuth client's address, if editors sign in with OAuth rather than
 *                    a personal access token (GitHub needs a small OAuth service; GitLab has
 *                    PKCE and needs none)
 *   EDITOR_API_ROOT  the API of a self-hosted GitLab or GitHub Enterprise
 *   EDITOR_WORKFLOW  "editorial" to save every change as a pull or merge request (GitHub and
 *                    GitLab) instead of a commit on the branch
 */
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

export function editorSettings(
  env: Record<string, string | undefined> = process.env,
): EditorSettings {
  const backend = env.EDITOR_BACKEND ?? 'github'
  if (backend !== 'github' && backend !== 'gitlab' && backend !== 'local') {
    throw new Error(`EDITOR_BACKEND is "${backend}": it must be github, gitlab or local`)
  }
  const repo = env.EDITOR_REPO ?? 'OWNER/internasjonalt-samarbeid'
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo))
    throw new Error(`EDITOR_REPO is "${repo}": it must be owner/name`)
  return {
    backend,
    repo,
    branch: env.EDITOR_BRANCH ?? 'main',
    authUrl: env.EDITOR_AUTH_URL || undefined,
    apiRoot: env.EDITOR_API_ROOT || undefined,
    editorialWorkflow: env.EDITOR_WORKFLOW === 'editorial',
    siteUrl: SITE_URL,
  }
}
