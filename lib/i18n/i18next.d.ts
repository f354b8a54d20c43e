/**
 * Typed translation keys: every `t('…')` is checked against the Bokmål files (the default
 * language; a unit test holds the other languages' keys equal). A misspelt or missing
 * key, or a key built from a section or status that has no string, fails `npm run
 * typecheck`. New namespaces need nothing here: they come with `resources.ts`.
 */
import 'i18next'
import type { resources } from './resources'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['nb']
  }
}
