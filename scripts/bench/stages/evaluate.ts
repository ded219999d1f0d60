/**
 * The search evaluation (evaluation/queries.json): each query searched on the built Pagefind
 * index in Node (the site's own pagefind.js and WebAssembly, see site/test/lib/pagefind.ts),
 * the first five results scored against the pages it should find (evaluation/metrics.ts).
 * `mode`: "site" searches as the search page does (src/lib/search/query.ts: for Albanian, the
 * words as typed, then their stems); "pagefind" is a plain Pagefind search of the query, what
 * the search page did before the stemmer (to measure an older build the same way).
 * With `itemsFile` (the fetch stage's public items) the bench-corpus queries are scored, else
 * the seed queries (a site built from the seeded CMS).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadPagefind, type LanguageSearch } from '../../../site/test/lib/pagefind.ts'
import { serveBuiltSite } from '../../lib/staticSite.ts'
import { AT, relevantItems, score, summarise, type EvaluationSet, type Scored, type Summary } from '../evaluation/metrics.ts'
import type { CorpusDoc } from '../queries.ts'

export type EvaluateInput = { distDir: string; itemsFile?: string; mode: 'site' | 'pagefind' }
export type EvaluateOutput = { mode: 'site' | 'pagefind'; corpus: 'seed' | 'bench'; scored: Scored[]; summary: Summary[] }

const QUERIES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'evaluation', 'queries.json')
const LANGUAGE = { sq: 'sq', sr: 'sr-latn' } as const

export function evaluationSet(): EvaluationSet {
  return JSON.parse(readFileSync(QUERIES, 'utf8')) as EvaluationSet
}

/**
 * Pagefind fetches its index chunks with the global fetch and, when one fails, answers as if
 * the chunk held nothing: on a loaded machine a refused loopback connection then scores a query
 * 0. The stage retries a failed fetch, so that what it scores is the index, not the machine.
 */
function retryingFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fetch(input, init)
      } catch (error) {
        if (attempt === 5) throw error
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
      }
    }
  }
}

export default async function evaluate({ distDir, itemsFile, mode }: EvaluateInput): Promise<EvaluateOutput> {
  const set = evaluationSet()
  globalThis.fetch = retryingFetch(globalThis.fetch)
  const server = await serveBuiltSite(distDir)
  const searches: Partial<Record<'sq' | 'sr', LanguageSearch>> = {}
  try {
    for (const lang of ['sq', 'sr'] as const) searches[lang] = await loadPagefind(distDir, server.origin, LANGUAGE[lang])
    const top = async (lang: 'sq' | 'sr', query: string) => {
      const search = searches[lang]!
      const hits = mode === 'site' ? await search.siteSearch(query, undefined, AT) : await search.search(query, undefined, AT)
      return hits.map((hit) => hit.url)
    }
    const scored: Scored[] = []
    if (itemsFile) {
      const docs = JSON.parse(readFileSync(itemsFile, 'utf8')) as CorpusDoc[]
      for (const query of set.bench) scored.push(score(query, await top(query.lang, query.query), relevantItems(query, docs)))
    } else {
      for (const query of set.seed) scored.push(score(query, await top(query.lang, query.query), new Set(query.expect)))
    }
    const corpus = itemsFile ? 'bench' : 'seed'
    return { mode, corpus, scored, summary: summarise(corpus, scored) }
  } finally {
    for (const search of Object.values(searches)) await search.close()
    await server.close()
  }
}
