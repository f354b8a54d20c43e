/**
 * A build step: the settings of lib/publisher.ts. A malformed value stops the build; a
 * missing one is a loud warning (the pages then say plainly that it is not set).
 */
import { missingSettingsWarning, readPublisher } from '../lib/publisher'

const { missing, problems } = readPublisher(process.env)
for (const p of problems) console.error(`✖ ${p.setting}: ${p.message}`)
const warning = missingSettingsWarning(missing)
if (warning) console.warn(warning)
else console.log('✔ Publisher and feedback address are set.')
process.exit(problems.length > 0 ? 1 : 0)
