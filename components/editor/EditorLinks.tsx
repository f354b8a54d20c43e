import { Callout } from '@/components/layout/HeadedSection'
import { getPageById } from '@/lib/content'
import { readEditorSettings } from '@/lib/editor/settings'
import { getT, type Lang } from '@/lib/i18n'

/** The web editor's address on this site (scripts/build-editor.ts writes it). */
export const EDITOR_HREF = '/admin/'

/** On the about page: the way in for editors, to the page "For redaktører". */
export function AboutEditorsNote({ lang }: { lang: Lang }) {
  const t = getT(lang)
  const href = getPageById(lang, 'editors')?.href
  if (!href) return null
  return (
    <Callout id="editors" heading={t('editor:aboutHeading')}>
      <p className="mt-1">{t('editor:aboutText')}</p>
      <p className="mt-2">
        <a href={href} className="text-brand-700 underline">
          {t('editor:footerLink')}
        </a>
      </p>
    </Callout>
  )
}

/**
 * On the page "For redaktører": the link to the editor, and, when this build has no editor
 * settings, that it is not set up yet (/admin/ then says what to set).
 */
export function EditorAccess({
  lang,
  setUp = readEditorSettings(process.env).settings !== undefined,
}: {
  lang: Lang
  setUp?: boolean
}) {
  const t = getT(lang)
  return (
    <Callout
      id="editor-access"
      heading={t('editor:pageHeading')}
      data-editor={setUp ? 'set-up' : 'not-set-up'}
    >
      <p className="mt-2">
        <a href={EDITOR_HREF} className="text-brand-700 underline" hrefLang="nb">
          {t('editor:open')}
        </a>
      </p>
      {!setUp && <p className="mt-2 font-bold">{t('editor:notSetUpNote')}</p>}
    </Callout>
  )
}
