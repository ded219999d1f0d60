import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { searchWithStems } from '../../src/lib/search/query.ts'

export type SearchHit = { url: string; title: string; excerpt: string; meta: Record<string, string> }
export type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }

type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (
    query: string | null,
    options?: SearchOptions,
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>
  filters: () => Promise<Record<string, Record<string, number>>>
  destroy: () => Promise<void>
}

export type LanguageSearch = {
  /** Pagefind's own search, the query as given. */
  search: (query: string | null, options?: SearchOptions, limit?: number) => Promise<SearchHit[]>
  /** The search page's search (src/lib/search/query.ts): for Albanian, the words as typed, then their stems. */
  siteSearch: (query: string | null, options?: SearchOptions, limit?: number) => Promise<SearchHit[]>
  filters: () => Promise<Record<string, Record<string, number>>>
  close: () => Promise<void>
}

/**
 * Loads the site's own built pagefind.js in Node, for one language's index, the way a page
 * with `<html lang=...>` would: Pagefind reads the language from the document, so a minimal
 * stand-in document answers that one question while it initializes. Index files are fetched
 * over HTTP from `origin` (the built site served locally). Each call gets its own module
 * instance, so several languages can be searched side by side.
 */
export async function loadPagefind(distDir: string, origin: string, lang: string): Promise<LanguageSearch> {
  const moduleUrl = `${pathToFileURL(path.join(distDir, 'pagefind', lang, 'pagefind.js')).href}?lang=${lang}&n=${Math.random()}`
  const globals = globalThis as { document?: unknown }
  globals.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) }
  let pagefind: PagefindModule
  try {
    pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindModule
    await pagefind.options({ basePath: `${origin}/pagefind/${lang}/`, baseUrl: '/', excerptLength: 30 })
    await pagefind.init()
    // A first search waits for the index metadata to load, still with the stand-in in place.
    await pagefind.search('a')
  } finally {
    delete globals.document
  }
  // Only the first `limit` results' data is loaded, as the search page loads one batch at a time.
  const hits = async (results: Awaited<ReturnType<PagefindModule['search']>>['results'], limit = Infinity) => {
    const data = await Promise.all(results.slice(0, limit).map((result) => result.data()))
    return data.map((hit) => ({ url: hit.url, title: hit.meta.title ?? '', excerpt: hit.excerpt, meta: hit.meta }))
  }
  return {
    search: async (query, options, limit) => hits((await pagefind.search(query, options)).results, limit),
    siteSearch: async (query, options, limit) => hits(await searchWithStems((q, o) => pagefind.search(q, o as SearchOptions), query, lang, options), limit),
    filters: () => pagefind.filters(),
    close: () => pagefind.destroy(),
  }
}
