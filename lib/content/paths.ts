import { isLang, type Lang } from '../i18n/config'

/** content/<folder>/<lang>/<slug>.md → its folder, language and slug. */
export function pathParts(sourceFilePath: string): { folder: string; lang: Lang; slug: string } {
  const parts = sourceFilePath.split(/[\\/]/)
  const [folder, lang, file] = parts.slice(-3)
  if (parts.length < 3 || !isLang(lang) || !file.endsWith('.md')) {
    throw new Error(`${sourceFilePath}: the file is not where content goes (expected content/<type>/<nb|en>/<slug>.md)`)
  }
  return { folder, lang, slug: file.replace(/\.md$/, '') }
}
