/**
 * "Mente du «website»?": the nearest of a few known names (fields, ids, allowed values) to
 * one an editor misspelled, by the same edit distance as the search page's "did you mean",
 * with one edit more, since the candidates are few and a wrong guess costs little.
 */
import { nearestWords } from '../../search/suggest'

export function nearest(word: unknown, candidates: readonly string[]): string | undefined {
  if (typeof word !== 'string' || word === '') return undefined
  return nearestWords(word, candidates, 1, 1, true)[0]
}
