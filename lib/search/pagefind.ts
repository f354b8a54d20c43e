/**
 * The part of Pagefind's browser API (pagefind.js, 1.x) the search page uses, typed.
 * Pagefind's JS is generated into out/pagefind/ by the build and loaded by URL, so its
 * types are written here rather than imported.
 */
interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
}

export interface PagefindResultData {
  url: string
  excerpt: string
  /** The page's whole indexed text. */
  content?: string
  meta: Record<string, string | undefined>
  sub_results?: PagefindSubResult[]
}

interface PagefindResult {
  id: string
  score: number
  /** Metadata fields (title, names, keywords, …) the query matched; Pagefind 1.5+. */
  matchedMetaFields?: string[]
  data(): Promise<PagefindResultData>
}

interface PagefindSearch {
  results: PagefindResult[]
}

export interface PagefindOptions {
  excerptLength?: number
  excerptEllipsis?: string
  exactDiacritics?: boolean
  baseUrl?: string
  ranking?: {
    termFrequency?: number
    pageLength?: number
    termSimilarity?: number
    termSaturation?: number
    diacriticSimilarity?: number
    metaWeights?: Record<string, number>
  }
}

/** One search index: the module itself (the page's language) or an instance from createInstance(). */
export interface PagefindIndex {
  options(options: PagefindOptions): Promise<void>
  init(): Promise<void>
  search(
    query: string,
    options?: {
      filters?: Record<string, string | string[]>
      sort?: Record<string, 'asc' | 'desc'>
    },
  ): Promise<PagefindSearch>
}

/** The module /pagefind/pagefind.js. createInstance() reads the language from <html lang> when called. */
export interface Pagefind extends PagefindIndex {
  createInstance(options?: PagefindOptions): PagefindIndex
}
