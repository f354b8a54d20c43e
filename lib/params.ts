import { notFound } from 'next/navigation'
import { isLang, type Lang } from './i18n/config'

/** The language of a route, or a 404 for anything else. */
export function langParam(value: string): Lang {
  if (!isLang(value)) notFound()
  return value
}
