/**
 * The messages of the content tools (npm run check, npm run translations), in every
 * language they speak. A rule never words a message itself: it says a code and the facts
 * (`say('notAllowed', { value, options })`), and the report renders them in the editor's
 * language (Norwegian unless `--lang en` or CHECK_LANG=en).
 *
 * To add a message: an entry under the same name in nb.ts and en.ts (the compiler fails
 * when en.ts lacks one, or when its facts differ). A new group of messages (e.g. review
 * warnings) may live in its own pair of files, spread into nb.ts and en.ts.
 */
import { en } from './en'
import { nb } from './nb'
import type { Text } from './types'

export type { Text } from './types'
type Catalogue = typeof nb
/** The languages the tools speak (a nynorsk editor reads the Bokmål messages). */
export type CheckLang = 'nb' | 'en'
export const CATALOGUES: Record<CheckLang, Catalogue> = { nb, en }

/** The languages the tools speak, and the one they speak unless told otherwise. */
export const DEFAULT_CHECK_LANG: CheckLang = 'nb'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MessageFn = (p: any) => Text
type MessageCode = {
  [K in keyof Catalogue]: Catalogue[K] extends MessageFn ? K : never
}[keyof Catalogue]
type Params<C extends MessageCode> = Parameters<Catalogue[C]>[0]

/** A message as facts, not yet in a language. */
export type Said = { [C in MessageCode]: { code: C; params: Params<C> } }[MessageCode]

export function say<C extends MessageCode>(
  code: C,
  ...params: Params<C> extends undefined ? [] : [Params<C>]
): Said {
  return { code, params: params[0] } as Said
}

export function render(said: Said, lang: CheckLang): Text {
  return (CATALOGUES[lang][said.code] as MessageFn)(said.params ?? {})
}

/** Parts of a file that are not fields, named in the editor's language. */
export const PART = {
  file: '@file',
  frontMatter: '@frontMatter',
  fileName: '@fileName',
  body: '@body',
} as const
type PartName = keyof typeof PART

export function fieldLabel(field: string, lang: CheckLang): string {
  return field.startsWith('@')
    ? (CATALOGUES[lang].part[field.slice(1) as PartName] ?? field)
    : field
}

/** The language asked for with --lang <code> (or --lang=<code>), else CHECK_LANG, else Norwegian. Removes the option from args. */
export function checkLangOf(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): CheckLang {
  let asked: string | undefined = env.CHECK_LANG || undefined
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  if (i !== -1) {
    const [arg] = args.splice(i, 1)
    asked = arg.includes('=') ? arg.slice('--lang='.length) : args.splice(i, 1)[0]
  }
  if (asked === undefined) return DEFAULT_CHECK_LANG
  if (!(asked in CATALOGUES))
    throw new Error(`--lang/CHECK_LANG: "${asked}" is not a language of the checker (nb, en)`)
  return asked as CheckLang
}
