import { stemAlbanian } from './albanianStemmer.ts'

/**
 * How the site searches one language's Pagefind index, shared by the search page
 * (src/scripts/search.ts), the site tests and the bench's evaluation, so all three measure the
 * same thing. Pagefind stems Serbian and English itself; Albanian it does not know, so for
 * Albanian the query is searched twice: as typed, and as its stems (the pages carry their
 * words' stems, see indexStems), and the two lists are merged by Pagefind's score, a match of
 * the words as typed counting EXACT_BOOST times a stem match: where the word stands in the same
 * place (both in a title, both in the text), the exact form ranks first, while a programme
 * whose title holds "Programi" still outranks a page that has "programet" once in its text.
 */

/** The part of Pagefind's API the site uses. */
export type PagefindSearch<R> = (query: string | null, options?: Record<string, unknown>) => Promise<{ results: R[] }>
type Scored = { id: string; score: number }

/**
 * How much more a match of the words as typed counts than a stem match. Pagefind weighs an h1
 * 7 and text 1, squared (49 : 1): a boost of 2 orders exact before stem within a part of the
 * page, never a word in the text above a title.
 */
export const EXACT_BOOST = 2

/** Pagefind lower-cases words and splits them on what is not a letter or a digit. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []

/** The languages whose pages carry stems (Pagefind's language code, as in `<html lang>`). */
export function stemsLanguage(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'sq'
}

/**
 * The query as stems, or undefined when stemming changes nothing Pagefind would not already
 * match (every word's stem is the word itself, folded).
 */
export function stemQuery(query: string, lang: string): string | undefined {
  if (!stemsLanguage(lang)) return undefined
  const typed = words(query)
  const stems = typed.map(stemAlbanian)
  if (stems.every((stem, i) => stem === typed[i].normalize('NFD').replace(/\p{M}/gu, ''))) return undefined
  return stems.join(' ')
}

/**
 * The stems a page adds to its index, for its language: each distinct word's stem where it
 * differs from the word (a stem equal to the word adds nothing), in the order first seen.
 */
export function indexStems(text: string, lang: string): string[] {
  if (!stemsLanguage(lang)) return []
  const stems = new Set<string>()
  for (const word of new Set(words(text))) {
    const stem = stemAlbanian(word)
    if (stem !== word.normalize('NFD').replace(/\p{M}/gu, '')) stems.add(stem)
  }
  return [...stems]
}

/**
 * The results of the words as typed and of their stems, each page once, by score (see
 * EXACT_BOOST); without stems, Pagefind's own results.
 */
export async function searchWithStems<R extends Scored>(search: PagefindSearch<R>, query: string | null, lang: string, options?: Record<string, unknown>): Promise<R[]> {
  const stemmed = query ? stemQuery(query, lang) : undefined
  const [exact, byStem] = await Promise.all([search(query, options), stemmed ? search(stemmed, options) : undefined])
  if (!byStem) return exact.results
  if (options?.sort) {
    // Sorted by date, relevance does not order the list: the stems' results (Pagefind sorted
    // them; a page with the word as typed nearly always has its stem too), then any exact-only.
    const inStems = new Set(byStem.results.map((result) => result.id))
    return [...byStem.results, ...exact.results.filter((result) => !inStems.has(result.id))]
  }
  const ranked = new Map<string, { result: R; score: number }>()
  for (const result of byStem.results) ranked.set(result.id, { result, score: result.score })
  for (const result of exact.results) {
    const score = result.score * EXACT_BOOST
    if (score >= (ranked.get(result.id)?.score ?? -Infinity)) ranked.set(result.id, { result, score })
  }
  return [...ranked.values()].sort((a, b) => b.score - a.score).map((entry) => entry.result)
}
