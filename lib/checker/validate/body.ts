/**
 * Checks a Markdown body with the parser Contentlayer's Markdown goes through (remark):
 * - raw HTML (mdast "html" nodes: tags such as <div>, <br>, <a href>, <script>, inline or
 *   as a block) is not allowed; HTML comments <!-- … --> are, since they never show;
 * - links and images to the site itself (/nb/…, /en/…) must point to a page that will exist,
 *   or to a file in public/; a link to #id in the contact directory must name a contact;
 * - links to other sites must be https; relative links (avtaler/kaunas/) are not allowed;
 * - the scaffolder's placeholder text (TODO) must have been replaced.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { LANGS } from '../../i18n/config'
import { sectionHref } from '../../routes'
import { PART, say, type Said } from '../messages'
import type { Problem } from '../../content/problems'
import { PLACEHOLDER } from './fields'
import type { ContentFile } from './load'

type Node = {
  type: string
  value?: string
  url?: string
  position?: { start: { line: number } }
  children?: Node[]
}

const parser = unified().use(remarkParse)

type BodyContext = { pages: Set<string>; contactIds: Set<string>; publicDir: string }

export function bodyProblems(file: ContentFile, ctx: BodyContext): Problem[] {
  const problems: Problem[] = []
  const at = (node: Node) => ({
    file: file.file,
    field: PART.body,
    line: (node.position?.start.line ?? 1) + file.bodyLine - 1,
  })

  function visit(node: Node) {
    // Comments never show; a closing tag is reported with its opening tag.
    if (
      node.type === 'html' &&
      node.value &&
      !/^(<!--[\s\S]*-->|<\/[a-zA-Z][\w-]*\s*>)$/.test(node.value.trim())
    ) {
      const tag = /<\/?[a-zA-Z][\w-]*/.exec(node.value)?.[0]
      problems.push({ ...at(node), ...say('rawHtml', { tag }) })
    }
    if (node.type === 'text' && node.value && new RegExp(`\\b${PLACEHOLDER}\\b`).test(node.value)) {
      problems.push({ ...at(node), ...say('bodyPlaceholder') })
    }
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.url !== undefined
    ) {
      const p = linkProblem(node.url, ctx)
      if (p) problems.push({ ...at(node), ...p })
    }
    node.children?.forEach(visit)
  }
  visit(parser.parse(file.body) as Node)
  return problems
}

function linkProblem(url: string, ctx: BodyContext): Said | undefined {
  if (/^(https:|mailto:|tel:|#)/i.test(url)) return undefined
  if (/^http:/i.test(url)) return say('linkNotHttps', { url })
  if (!url.startsWith('/')) return say('linkRelative', { url })
  const [path, fragment] = url.split('#')
  const clean = path.split('?')[0]
  if (ctx.pages.has(clean)) {
    const contacts = LANGS.map((l) => sectionHref(l, 'contacts'))
    if (fragment && contacts.includes(clean) && !ctx.contactIds.has(fragment)) {
      return say('linkUnknownContact', { url, ids: [...ctx.contactIds].sort() })
    }
    return undefined
  }
  if (clean !== '/' && existsSync(join(ctx.publicDir, decodeURIComponent(clean)))) return undefined
  if (ctx.pages.has(clean + '/')) return say('linkNoSlash', { url, fixed: `${clean}/` })
  return say('linkNowhere', { url })
}
