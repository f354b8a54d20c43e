/**
 * The one `t` per language. Server components call getT(lang) and use keys such as
 * t('nav.home') (common namespace) or t('content:status.active').
 */
import i18next, { type TFunction } from 'i18next'
import { LANGS, type Lang } from './config'
import { NAMESPACES, resources } from './resources'

export * from './config'

const instances = new Map<Lang, TFunction>()

export function getT(lang: Lang): TFunction {
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
    t = instance.t.bind(instance) as TFunction
    instances.set(lang, t)
  }
  return t
}
