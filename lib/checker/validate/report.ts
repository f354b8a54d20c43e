/**
 * What `npm run check` prints and the exit code it ends with, apart from the process so
 * tests can run it on many folders quickly: errors then warnings, each problem on a line
 * of its own as "file:line: field: what is wrong (what is expected)", in the editor's
 * language (lib/checker/messages). 1 with errors, else 0.
 */
import { CATALOGUES, DEFAULT_CHECK_LANG, type CheckLang } from '../messages'
import { formatProblem } from '../../content/problems'
import { appendFileSync } from 'node:fs'
import { githubAnnotation, githubSummary } from './github'
import { checkAll, isError, type CheckOptions } from './index'

/**
 * text: the report only. github: the report, and for GitHub Actions an annotation per problem
 * (on stdout) and a summary appended to `summaryFile` ($GITHUB_STEP_SUMMARY) when given.
 */
export type ReportFormat = 'text' | 'github'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'github']

export type Output = { error: (text: string) => void; log: (text: string) => void }

export async function runCheck(
  dirs: string[],
  out: Output = { error: console.error, log: console.log },
  options: CheckOptions & { lang?: CheckLang; format?: ReportFormat; summaryFile?: string } = {},
): Promise<number> {
  const lang = options.lang ?? DEFAULT_CHECK_LANG
  const words = CATALOGUES[lang].report
  const problems = await checkAll(dirs, options)
  const errors = problems.filter(isError)
  const warnings = problems.filter((p) => !isError(p))
  const lines = (ps: typeof problems) => ps.map((p) => formatProblem(p, lang))
  if (errors.length > 0) out.error([words.errorsHeading, ...lines(errors)].join('\n'))
  if (warnings.length > 0) out.error([words.warningsHeading, ...lines(warnings)].join('\n'))
  const closing =
    errors.length > 0
      ? words.failed({ errors: errors.length, warnings: warnings.length, dirs })
      : words.passed({ warnings: warnings.length, dirs })
  if (options.format === 'github') {
    for (const p of [...errors, ...warnings]) out.log(githubAnnotation(p, lang))
    if (options.summaryFile)
      appendFileSync(
        options.summaryFile,
        githubSummary([...errors, ...warnings], words, closing, lang),
      )
  }
  if (errors.length > 0) {
    out.error(`\n${closing}`)
    return 1
  }
  out.log(closing)
  return 0
}
