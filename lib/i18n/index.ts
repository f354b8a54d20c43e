/**
 * The one `t` per language. Server components call getT(lang) and use keys such as
 * t('nav.home') (common namespace) or t('content:status.active').
 */
import i18next, { type TFunction } from 'i18next'
import { LANGS, type Lang } from './config'
import { NAMESPACES, resources, type Namespace } from './resources'

export * from './config'

/**
 * A `t` whose keys are checked (lib/i18n/i18next.d.ts): keys of common without a prefix,
 * every other namespace's as `ns:key`.
 */
export type T = TFunction<readonly ['common', ...Namespace[]]>

const instances = new Map<Lang, T>()

export function getT(lang: Lang): T {
  let t = instances.get(lang)
  if (!t) {
    const instance = i18next.createInstance()
    // initAsync: false makes init synchronous, since resources are bundled.
    instance.init({
      lng: lang,
      fallbackLng: false,
      supportedLngs: LANGS,
      resources,
      ns: NAMESPACES,
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    })
    t = instance.t.bind(instance) as T
    instances.set(lang, t)
  }
  return t
}
