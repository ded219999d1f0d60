/**
 * Recall and precision at 5 for the search evaluation (queries.json), pure functions so that a
 * test can check them. Relevant sets are often larger than five (a common word in the bench
 * corpus), so recall@5 is the share of min(5, |relevant|) found among the first five results:
 * 1.0 means the first five were as good as five could be. Precision@5 is the share of the first
 * five results shown (fewer when fewer were found) that are relevant; no results count 0.
 */
import { foldDiacritics } from '@arkivi/content-schemas'
import type { CorpusDoc } from '../queries.ts'

export type SeedQuery = { lang: 'sq' | 'sr'; query: string; kind: string; expect: string[] }
export type BenchQuery = { lang: 'sq' | 'sr'; query: string; kind: string; forms: string[] }
export type EvaluationSet = { about: string; seed: SeedQuery[]; bench: BenchQuery[] }

export type Scored = { lang: 'sq' | 'sr'; query: string; kind: string; relevant: number; top: string[]; hits: number; recall: number; precision: number }

export const AT = 5

export function score(query: { lang: 'sq' | 'sr'; query: string; kind: string }, top: string[], relevant: Set<string>): Scored {
  const first = top.slice(0, AT)
  const hits = first.filter((url) => relevant.has(url)).length
  return {
    ...query,
    relevant: relevant.size,
    top: first,
    hits,
    recall: relevant.size === 0 ? 0 : hits / Math.min(AT, relevant.size),
    precision: first.length === 0 ? 0 : hits / first.length,
  }
}

const fold = (text: string) => foldDiacritics(text).toLowerCase()
const words = (text: string) => new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? [])

/** The bench corpus's items that hold one of the query's forms (title or description), as item-page URLs. */
export function relevantItems(query: BenchQuery, docs: CorpusDoc[]): Set<string> {
  const forms = query.forms.map(fold)
  const locale = query.lang
  return new Set(
    docs
      .filter((doc) => {
        const set = words(`${doc.title[locale]} ${doc.description[locale]}`)
        return forms.some((form) => set.has(form))
      })
      .map((doc) => `/${locale}/items/${doc.identifier.toLowerCase()}/`),
  )
}

export type Summary = { lang: 'sq' | 'sr'; corpus: 'seed' | 'bench'; queries: number; recall: number; precision: number; found: number }

/** Mean recall@5 and precision@5 per language and corpus; `found`: queries with a relevant page in the first five. */
export function summarise(corpus: 'seed' | 'bench', scored: Scored[]): Summary[] {
  return (['sq', 'sr'] as const)
    .map((lang) => {
      const mine = scored.filter((entry) => entry.lang === lang)
      const mean = (pick: (entry: Scored) => number) => (mine.length === 0 ? 0 : mine.reduce((sum, entry) => sum + pick(entry), 0) / mine.length)
      return { lang, corpus, queries: mine.length, recall: mean((e) => e.recall), precision: mean((e) => e.precision), found: mine.filter((e) => e.hits > 0).length }
    })
    .filter((summary) => summary.queries > 0)
}
