/**
 * The generated files the site serves beside its pages (calendars, contact cards) are
 * named <id>.<extension>; their route handlers read the id back from the file name.
 */

/** "nora.ics" → "nora", or undefined when the file name has another extension. */
export function idFromFile(file: string, extension: 'vcf' | 'ics'): string | undefined {
  const suffix = `.${extension}`
  return file.endsWith(suffix) ? file.slice(0, -suffix.length) : undefined
}
