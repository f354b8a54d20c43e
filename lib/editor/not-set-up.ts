/**
 * The /admin/ page of a build without the editor's settings (lib/editor/settings.ts): it says,
 * in every language of the site, that the editor is not set up, what an editor should do (ask
 * the person responsible), and what that person must set. It names no repository, and loads
 * no script: there is nothing to edit until the settings are given.
 */
import { getT, LANGS, type Lang } from '../i18n'
import { homeHref } from '../routes'
import { REQUIRED_EDITOR_SETTINGS } from './settings'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The settings named on the page, each with its key in the `editor` namespace. */
const SETTINGS = [
  ['EDITOR_REPO', 'repo'],
  ['EDITOR_AUTH_URL', 'authUrl'],
  ['EDITOR_WORKFLOW=editorial', 'workflow'],
  ['EDITOR_BRANCH', 'branch'],
] as const

/** One language's part of the page. */
function section(lang: Lang): string {
  const t = getT(lang)
  type Key = keyof (typeof import('../i18n/locales/nb/editor.json'))['notSetUp']
  const say = (key: Key) => escape(t(`editor:notSetUp.${key}`))
  const items = SETTINGS.map(
    ([setting, key]) => `<li><code>${setting}</code>: ${say(key)}</li>`,
  ).join('\n')
  return `<section lang="${lang}" aria-labelledby="title-${lang}">
<h1 id="title-${lang}">${say('title')}</h1>
<p>${say('text')}</p>
<h2>${say('whoHeading')}</h2>
<p>${say('who')}</p>
<h2>${say('settingsHeading')}</h2>
<p>${say('settingsIntro')}</p>
<ul>
${items}
</ul>
<p>${say('more')}</p>
<p><a href="${homeHref(lang)}">${say('home')}</a></p>
</section>`
}

export function notSetUpPage(): string {
  const t = getT('nb')
  // Every required setting is on the page (the compiler cannot see that; this throws at build).
  for (const setting of REQUIRED_EDITOR_SETTINGS)
    if (!SETTINGS.some(([named]) => named === setting))
      throw new Error(`The not-set-up page does not name ${setting}`)
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(t('editor:notSetUp.title'))} – ${escape(t('site.name'))}</title>
<style>
body { font: 1.0625rem/1.5 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; color: #1f2937; }
section + section { border-top: 2px solid #d1d5db; margin-top: 2rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.125rem; margin-top: 1.5rem; }
code { background: #f3f4f6; padding: 0 .25rem; word-break: break-all; }
a { color: #1d4ed8; }
</style>
</head>
<body>
<main>
${LANGS.map(section).join('\n')}
</main>
</body>
</html>
`
}
