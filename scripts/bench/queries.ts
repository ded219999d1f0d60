/**
 * The search stage's queries, chosen from the public archive the site was built from, so that
 * every query's outcome is known before the browser runs it, at any N: each counts the items
 * whose title or description holds all of its words (diacritics folded, as the site's search
 * folds them). The rare word is the first vocabulary word from rank RARE_FROM on, with a
 * diacritic, that the corpus really contains: a fixed rank can be absent from a small corpus.
 */
import { foldDiacritics, type Locale } from '@arkivi/content-schemas'
import { HIDDEN_MARK, identifierOf, wordAt } from './corpus/generate.ts'

/** What a query is matched against: one public item, as the fetch stage saves it. */
export type CorpusDoc = { identifier: string; title: Record<Locale, string>; description: Record<Locale, string> }
/** `matches`: public items holding every word of the query (or bearing it as identifier). */
export type SearchQuery = { locale: Locale; query: string; matches: number }

/** Past the word banks (a few hundred words): a pseudo-word a few items in a thousand use. */
const RARE_FROM = 3000
/** The corpus's vocabulary has 60,000 ranks (corpus/generate.ts). */
const RARE_UNTIL = 60_000
/** Item 42: public at every N ≥ 100 (hidden items are the 38th and 74th of each hundred). */
const IDENTIFIER = identifierOf(41)

const words = (text: string) =>
  foldDiacritics(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

/** Each public item's folded words, per locale. */
function wordSets(docs: CorpusDoc[], locale: Locale): Set<string>[] {
  return docs.map((doc) => new Set(words(`${doc.title[locale]} ${doc.description[locale]}`)))
}

/** The first word from RARE_FROM on with a diacritic that some item contains. */
function rareWord(locale: Locale, sets: Set<string>[]): string {
  for (let rank = RARE_FROM; rank < RARE_UNTIL; rank += 1) {
    const word = wordAt(locale, rank)
    if (/[^\p{ASCII}]/u.test(word) && sets.some((set) => set.has(foldDiacritics(word).toLowerCase()))) return word
  }
  throw new Error(`no word with a diacritic from rank ${RARE_FROM} on occurs in the ${locale} corpus`)
}

/**
 * Queries with and without diacritics, a phrase, a rare word and an identifier (Albanian and
 * Serbian). Fails when one would match nothing, since its time to first results would not be
 * measured; the hidden-items check (hiddenQueries) is the one that expects nothing.
 */
export function searchQueries(docs: CorpusDoc[]): SearchQuery[] {
  const perLocale = { sq: wordSets(docs, 'sq'), sr: wordSets(docs, 'sr') }
  const rare = rareWord('sq', perLocale.sq)
  const chosen: Record<'sq' | 'sr', string[]> = {
    sq: ['Prishtinë', 'prishtine', 'dhunë në familje', 'dhune ne familje', 'çështje', 'ceshtje', rare, foldDiacritics(rare), IDENTIFIER],
    sr: ['Đakovica', 'djakovica', 'Uroševac', 'urosevac', 'sećanja', 'secanja'],
  }
  const queries = (['sq', 'sr'] as const).flatMap((locale) =>
    chosen[locale].map((query) => ({
      locale,
      query,
      matches:
        query === IDENTIFIER
          ? docs.filter((doc) => doc.identifier === query).length
          : perLocale[locale].filter((set) => words(query).every((word) => set.has(word))).length,
    })),
  )
  const unmatched = queries.filter((query) => query.matches === 0)
  if (unmatched.length > 0)
    throw new Error(`search queries absent from the ${docs.length}-item corpus: ${unmatched.map((query) => `${query.locale} “${query.query}”`).join(', ')}`)
  return queries
}

/** The hidden items' mark in each locale: no public item carries it, so no result shown may. */
export function hiddenQueries(docs: CorpusDoc[]): SearchQuery[] {
  return (['sq', 'sr', 'en'] as const).map((locale) => ({ locale, query: HIDDEN_MARK, matches: wordSets(docs, locale).filter((set) => set.has(HIDDEN_MARK)).length }))
}
