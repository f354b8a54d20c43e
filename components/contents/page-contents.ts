/**
 * "Innhold på siden" / "On this page": the contents list a long page starts with (GOV.UK's
 * contents list), as HTML, for the build step that adds it to the finished pages
 * (scripts/page-contents.ts). It lives here, not under scripts/, so Tailwind sees its classes.
 */
import { getT, type Lang } from '@/lib/i18n'

export type ContentsEntry = { id: string; text: string; hidden: boolean }

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The list's HTML. An entry whose heading is hidden (a finder card that does not fit the
 * choice) is hidden too; the finder script shows it with its card (`data-contents-for`).
 */
export function pageContentsHtml(
  lang: Lang,
  entries: ContentsEntry[],
  hidden = false,
  collapsed = false,
): string {
  const t = getT(lang)
  const items = entries
    .map(
      (e) =>
        `<li class="py-0.5" data-contents-for="${escape(e.id)}"${e.hidden ? ' hidden=""' : ''}>` +
        `<span aria-hidden="true" class="mr-2">–</span>` +
        `<a class="text-brand-700 underline" href="#${escape(e.id)}">${escape(e.text)}</a></li>`,
    )
    .join('')
  const title = escape(t('everywhere:contents.title'))
  // Collapsed (the finder, where the list stands between the form and the first result): one
  // line and one Tab stop until opened, so a phone reaches the first result at once.
  if (collapsed)
    return (
      `<nav class="page-contents no-print my-3" aria-label="${title}" data-page-contents="" data-pagefind-ignore="all"${hidden ? ' hidden=""' : ''}>` +
      `<details><summary class="cursor-pointer font-bold text-brand-700 underline">${title}</summary>` +
      `<ul class="mt-1 border-l-4 border-gray-300 pl-4">${items}</ul></details></nav>`
    )
  return (
    `<nav class="page-contents no-print my-6 border-l-4 border-gray-300 pl-4" aria-labelledby="page-contents-title" data-page-contents="" data-pagefind-ignore="all"${hidden ? ' hidden=""' : ''}>` +
    `<h2 id="page-contents-title" class="text-lg font-bold">${title}</h2>` +
    `<ul class="mt-1">${items}</ul></nav>`
  )
}
