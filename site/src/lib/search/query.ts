import { stemAlbanian } from './albanianStemmer.ts'

/**
 * How the site searches one language's Pagefind index, shared by the search page
 * (src/scripts/search.ts), the site tests and the bench's evaluation, so all three measure the
 * same thing. Pagefind stems Serbian and English itself; Albanian it does not know, so for
 * Albanian the query is searched twice: as typed, and as its stems (the pages carry their
 * words' stems, see indexStems). Pages matching the words as typed come first, then those found
 * only through the stems: an exact form outranks a stem match.
 */

/** The part of Pagefind's API the site uses. */
export type PagefindSearch<R> = (query: string | null, options?: Record<string, unknown>) => Promise<{ results: R[] }>

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

/** Results as typed first, then the stems' results not already among them. */
export async function searchWithStems<R extends { id: string }>(
  search: PagefindSearch<R>,
  query: string | null,
  lang: string,
  options?: Record<string, unknown>,
): Promise<R[]> {
  const stemmed = query ? stemQuery(query, lang) : undefined
  const [exact, byStem] = await Promise.all([search(query, options), stemmed ? search(stemmed, options) : undefined])
  if (!byStem) return exact.results
  const seen = new Set(exact.results.map((result) => result.id))
  return [...exact.results, ...byStem.results.filter((result) => !seen.has(result.id))]
}
