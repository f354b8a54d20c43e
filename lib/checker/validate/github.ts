/**
 * The checker's problems for GitHub Actions (`npm run check -- --format github`): one workflow
 * command per problem, which GitHub shows as an annotation on the file's line in the pull
 * request and in the run's summary, and a Markdown summary for the job's page
 * ($GITHUB_STEP_SUMMARY), so an editor sees what is wrong where the change is reviewed.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { fieldLabel, render, type CheckLang } from '../messages'
import { formatProblem, type Problem } from '../../content/problems'

/** A message's text: %, CR and LF are escaped, as the runner reads one command per line. */
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
/** A property's value: also : and , which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** "::error file=…,line=…,title=…::what is wrong (what is expected)" */
export function githubAnnotation(p: Problem, lang: CheckLang): string {
  const { message, expected } = render(p, lang)
  const kind = p.severity === 'warning' ? 'warning' : 'error'
  const properties = [
    `file=${escapeProperty(p.file)}`,
    ...(p.line ? [`line=${p.line}`] : []),
    `title=${escapeProperty(fieldLabel(p.field, lang))}`,
  ].join(',')
  return `::${kind} ${properties}::${escapeData(`${message}${expected ? ` (${expected})` : ''}`)}`
}

/** The job summary: a heading and each problem as the text report says it, errors first. */
export function githubSummary(
  problems: Problem[],
  words: { errorsHeading: string; warningsHeading: string },
  closing: string,
  lang: CheckLang,
): string {
  const list = (ps: Problem[]) => ps.map((p) => `- ${formatProblem(p, lang)}`)
  const errors = problems.filter((p) => p.severity !== 'warning')
  const warnings = problems.filter((p) => p.severity === 'warning')
  return [
    closing,
    ...(errors.length ? ['', `### ${words.errorsHeading}`, ...list(errors)] : []),
    ...(warnings.length ? ['', `### ${words.warningsHeading}`, ...list(warnings)] : []),
    '',
  ].join('\n')
}
