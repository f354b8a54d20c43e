/**
 * Words a reader may search for that a page does not use. A page that uses any of a
 * group's words gets all of them as search keywords (hidden metadata, never shown), so
 * "samisk", "Sami" and "Sámi" find the page that says "Sápmi", in either language.
 *
 * Keep the groups small and certain: a keyword that is only loosely related would bring
 * back the false matches search is meant to avoid. Spellings with and without
 * diacritics are listed both, since search matches diacritics exactly (see README).
 * To add a group: its words, in every spelling and language a reader may type.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Sámi: the people, the language and the area (Sápmi), Norwegian and English forms.
  // Not "same" (the Norwegian singular): it is an everyday English word.
  ['samisk', 'samiske', 'samer', 'samene', 'sámi', 'sami', 'saami', 'sápmi', 'sapmi', 'sameland'],
]

/** Letters and digits, lower-cased: the words of a text as search sees them. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? []
}

/** The synonym words a text earns: every word of each group the text uses a word of. */
export function synonymsFor(text: string): string[] {
  const words = new Set(wordsOf(text))
  return SYNONYM_GROUPS.filter((group) => group.some((w) => words.has(w))).flat()
}
