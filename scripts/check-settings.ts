/**
 * A build step: the settings of lib/publisher.ts and of the web editor (lib/editor/settings.ts).
 * A malformed value stops the build; a missing one is a loud warning naming it (the pages, and
 * /admin/, then say plainly that it is not set).
 */
import { COUNTY_DATA_FILE, hasCountyMap } from '../lib/maps/county-data'
import { missingSettingsWarning, readPublisher } from '../lib/publisher'
import { missingEditorWarning, readEditorSettings } from '../lib/editor/settings'

const publisher = readPublisher(process.env)
const editor = readEditorSettings(process.env)
const problems = [...publisher.problems, ...editor.problems]
for (const p of problems) console.error(`✖ ${p.setting}: ${p.message}`)

const warning = missingSettingsWarning(publisher.missing)
if (warning) console.warn(warning)
else console.log('✔ Publisher and feedback address are set.')

const editorWarning = missingEditorWarning(editor.missing)
if (editorWarning) console.warn(editorWarning)
else if (editor.settings) {
  const { backend, repo, branch, authUrl } = editor.settings
  console.log(`✔ The web editor saves to ${backend}: ${repo}@${branch}.`)
  if (backend === 'github' && !authUrl)
    console.warn(
      '! EDITOR_AUTH_URL is not set: editors must sign in to GitHub with a personal access token.',
    )
}
// The county maps need Kartverket's county data beside the project (lib/maps/county-data.ts).
if (!hasCountyMap())
  console.warn(
    `⚠ No county data at ${COUNTY_DATA_FILE} (COUNTY_MAP_DATA): this build draws no county maps.` +
      ' The county list has no map, and programme area maps show Norway unshaded.',
  )
process.exit(problems.length > 0 ? 1 : 0)
