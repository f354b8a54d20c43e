/** What a message says: what is wrong, and what is expected instead. */
export type Text = { message: string; expected?: string }

/** How a catalogue names a value an editor wrote ("activ", a list, empty, 12345). */
export type ValueWords = (v: unknown) => string

/** Why YAML could not read the front matter, as far as an editor needs to know. */
export type YamlCause = 'colon' | 'duplicate' | 'indent' | 'missing' | 'other'
