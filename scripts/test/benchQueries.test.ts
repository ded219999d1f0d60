import { describe, expect, it } from 'vitest'
import { generateItem, HIDDEN_MARK, isHidden, wordAt } from '../bench/corpus/generate.ts'
import { hiddenQueries, searchQueries, type CorpusDoc, type SearchQuery } from '../bench/queries.ts'

/**
 * The search stage's query selection on the synthetic corpus at several sizes, without the
 * bench: every query must end with results the corpus really holds, whatever N ≥ 100 is (a query
 * matching nothing measures no time to first results), and the selection refuses a corpus where
 * one would not. Corpora are prefixes of each other, so the largest is generated once.
 */
const SIZES = [100, 500, 2000, 5000]

/** The public items of the first `n`, as the fetch stage saves them (title, description). */
function publicDocs(n: number): CorpusDoc[] {
  return Array.from({ length: n }, (_, index) => generateItem(index))
    .filter((item) => !isHidden(item.index))
    .map((item) => ({
      identifier: item.identifier,
      title: item.title,
      description: { sq: item.description.sq.join('\n'), sr: item.description.sr.join('\n'), en: item.description.en.join('\n') },
    }))
}

describe('the bench’s search queries', () => {
  const largest = publicDocs(Math.max(...SIZES))
  const corpus = (n: number) => largest.filter((doc) => Number(doc.identifier.slice('BENCH-'.length)) <= n)

  it.each(SIZES)('each ends with results the %i-item corpus holds, in two locales, spelled with and without diacritics', (n) => {
    const queries = searchQueries(corpus(n))
    expect(queries.length).toBe(15)
    for (const query of queries) expect(query.matches, `${query.locale} “${query.query}”`).toBeGreaterThan(0)
    // The next-query phase types another query of the same language into the open page.
    for (const locale of ['sq', 'sr'] as const) expect(queries.filter((query) => query.locale === locale).length).toBeGreaterThan(1)
    // A folded spelling finds what the spelling with diacritics finds.
    const matches = Object.fromEntries(queries.map((query) => [query.query, query.matches]))
    expect(matches.prishtine).toBe(matches['Prishtinë'])
    expect(matches.djakovica).toBe(matches['Đakovica'])
    expect(matches.urosevac).toBe(matches['Uroševac'])
  })

  it('picks a rare word the corpus contains, where a fixed vocabulary rank finds nothing in a small corpus', () => {
    const [small, large] = [searchQueries(corpus(100)), searchQueries(corpus(2000))]
    // The Albanian query with a diacritic that is none of the fixed ones.
    const rare = (queries: SearchQuery[]) =>
      queries.find((query) => query.locale === 'sq' && /[^\p{ASCII}]/u.test(query.query) && !['Prishtinë', 'dhunë në familje', 'çështje'].includes(query.query))!
    expect(rare(small).query).toMatch(/[^\p{ASCII}]/u)
    expect(rare(small).matches).toBeGreaterThan(0)
    expect(rare(large).matches).toBeLessThan(large[0].matches / 10)
    // The word the stage used to search for at every N (first rank ≥ 3000 with a diacritic) is
    // not in the first 100 items: that query could only end with "no results".
    const fixed = Array.from({ length: 100 }, (_, rank) => wordAt('sq', 3000 + rank)).find((word) => /[^\p{ASCII}]/u.test(word))!
    expect(rare(large).query).toBe(fixed)
    expect(rare(small).query).not.toBe(fixed)
    expect(corpus(100).some((doc) => `${doc.title.sq} ${doc.description.sq}`.includes(fixed))).toBe(false)
  })

  it('refuses a corpus in which a query would find nothing, naming the query', () => {
    const withoutUrosevac = corpus(500).map((doc) => ({
      ...doc,
      title: { ...doc.title, sr: doc.title.sr.replaceAll('Uroševac', 'X') },
      description: { ...doc.description, sr: doc.description.sr.replaceAll('Uroševac', 'X') },
    }))
    expect(() => searchQueries(withoutUrosevac)).toThrow(/sr “Uroševac”, sr “urosevac”/)
  })

  it.each(SIZES)('searches the hidden items’ mark in every locale, which no public item of %i carries', (n) => {
    const hidden = hiddenQueries(corpus(n))
    expect(hidden.map((query) => query.locale)).toEqual(['sq', 'sr', 'en'])
    for (const query of hidden) expect(query).toMatchObject({ query: HIDDEN_MARK, matches: 0 })
  })
})
