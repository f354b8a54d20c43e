/**
 * What `npm run check` prints and the exit code it ends with, apart from the process so
 * tests can run it on many folders quickly: errors then warnings, each problem on a line
 * of its own as "file:line: field: what is wrong (what is expected)", in the editor's
 * language (lib/checker/messages). 1 with errors, else 0.
 */
import { CATALOGUES, DEFAULT_CHECK_LANG, type CheckLang } from '../messages'
import { formatProblem } from '../../content/problems'
import { checkAll, isError, type CheckOptions } from './index'

type Output = { error: (text: string) => void; log: (text: string) => void }

export async function runCheck(
  dirs: string[],
  out: Output = { error: console.error, log: console.log },
  options: CheckOptions & { lang?: CheckLang } = {},
): Promise<number> {
  const lang = options.lang ?? DEFAULT_CHECK_LANG
  const words = CATALOGUES[lang].report
  const problems = await checkAll(dirs, options)
  const errors = problems.filter(isError)
  const warnings = problems.filter((p) => !isError(p))
  const lines = (ps: typeof problems) => ps.map((p) => formatProblem(p, lang))
  if (errors.length > 0) out.error([words.errorsHeading, ...lines(errors)].join('\n'))
  if (warnings.length > 0) out.error([words.warningsHeading, ...lines(warnings)].join('\n'))
  if (errors.length > 0) {
    out.error(`\n${words.failed({ errors: errors.length, warnings: warnings.length, dirs })}`)
    return 1
  }
  out.log(words.passed({ warnings: warnings.length, dirs }))
  return 0
}
