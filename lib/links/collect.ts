/**
 * Every external URL the content cites, with the files that cite it: any front-matter
 * value that is an http(s) address (sources, websites, a contact's source and website,
 * rates', roles' and rounds' sources, document links), and the links of the Markdown body.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { ContentFile } from '../checker/validate/load'

const EXTERNAL = /^https?:\/\//i
const parser = unified().use(remarkParse)

type Node = { type: string; url?: string; children?: Node[] }

function frontMatterUrls(value: unknown, found: string[]): string[] {
  if (typeof value === 'string' && EXTERNAL.test(value)) found.push(value)
  else if (Array.isArray(value)) value.forEach((v) => frontMatterUrls(v, found))
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => frontMatterUrls(v, found))
  return found
}

function bodyUrls(body: string): string[] {
  const found: string[] = []
  const visit = (node: Node) => {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.url &&
      EXTERNAL.test(node.url)
    )
      found.push(node.url)
    node.children?.forEach(visit)
  }
  visit(parser.parse(body) as Node)
  return found
}

/** URL → the files that cite it (sorted), URLs in order of first appearance. */
export function citedUrls(files: readonly ContentFile[]): Map<string, string[]> {
  const cited = new Map<string, Set<string>>()
  for (const f of files) {
    for (const url of [...frontMatterUrls(f.data, []), ...bodyUrls(f.body)]) {
      if (!cited.has(url)) cited.set(url, new Set())
      cited.get(url)!.add(f.file)
    }
  }
  return new Map([...cited].map(([url, set]) => [url, [...set].sort()]))
}
