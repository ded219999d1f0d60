import path from 'node:path'
import { pathToFileURL } from 'node:url'

export type SearchHit = { url: string; title: string; excerpt: string; meta: Record<string, string> }
export type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }

type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (
    query: string | null,
    options?: SearchOptions,
  ) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>
  filters: () => Promise<Record<string, Record<string, number>>>
  destroy: () => Promise<void>
}

export type LanguageSearch = {
  search: (query: string | null, options?: SearchOptions) => Promise<SearchHit[]>
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
  return {
    async search(query, options) {
      const response = await pagefind.search(query, options)
      const data = await Promise.all(response.results.map((result) => result.data()))
      return data.map((hit) => ({ url: hit.url, title: hit.meta.title ?? '', excerpt: hit.excerpt, meta: hit.meta }))
    },
    filters: () => pagefind.filters(),
    close: () => pagefind.destroy(),
  }
}
