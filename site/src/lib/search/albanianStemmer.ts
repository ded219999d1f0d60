import { NORMALISATIONS, PROTECTED_STEMS, SUFFIX_GROUPS, type StemCondition, type SuffixRule } from './albanianRules.ts'

/**
 * A light stemmer for Albanian (the rules and their sources: albanianRules.ts). Small and
 * dependency-free because the search page runs it on every query (src/scripts/search.ts), and
 * the build runs the same code on every page's text (components/SearchAliases.astro), so a
 * query and a page meet on the same stem.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

/** Words this short are left as they are: their endings are part of the word. */
const MIN_WORD = 4

/**
 * Lower case without diacritics, the form the rules are written on: ë → e, ç → c, and every
 * other letter with a combining mark loses it (č, š, ž, ć); đ → dj as Serbian writes it in ASCII.
 */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/đ/g, 'dj').normalize('NFD').replace(/\p{M}/gu, '')
}

function holds(condition: StemCondition | undefined, stem: string): boolean {
  const last = stem.at(-1) ?? ''
  switch (condition) {
    case undefined:
      return true
    case 'afterVowel':
      return VOWELS.has(last)
    case 'afterI':
      return last === 'i'
    case 'afterAOrI':
      return last === 'a' || last === 'i'
    case 'afterJ':
      return last === 'j'
    case 'afterConsonant':
      return last !== '' && !VOWELS.has(last)
    case 'afterLoneConsonant':
      // gj and nj are single letters of the alphabet: a j after g or n belongs to its letter.
      return last !== '' && !VOWELS.has(last) && last !== 'g' && last !== 'n'
  }
}

/** The rule's result on `word`, or undefined when it does not apply. */
export function applyRule(rule: SuffixRule, word: string): string | undefined {
  if (!word.endsWith(rule.suffix)) return undefined
  const stem = word.slice(0, word.length - rule.suffix.length)
  if (stem.length < rule.minStem || !holds(rule.when, stem)) return undefined
  return stem + (rule.replace ?? '')
}

/** The stem of one word and the rules that made it (for the rules' tests). */
export function stemTrace(word: string): { stem: string; rules: SuffixRule[] } {
  let stem = foldWord(word)
  const rules: SuffixRule[] = []
  if (stem.length < MIN_WORD || !/^\p{L}+$/u.test(stem)) return { stem, rules }
  if (Object.hasOwn(PROTECTED_STEMS, stem)) return { stem: PROTECTED_STEMS[stem], rules }
  suffixes: for (const group of SUFFIX_GROUPS) {
    for (const rule of group.rules) {
      const result = applyRule(rule, stem)
      if (result !== undefined) {
        stem = result
        rules.push(rule)
        break suffixes
      }
    }
  }
  for (const group of NORMALISATIONS) {
    for (const rule of group.rules) {
      const result = applyRule(rule, stem)
      if (result !== undefined) {
        stem = result
        rules.push(rule)
        break
      }
    }
  }
  return { stem, rules }
}

/** The stem of one Albanian word, folded (see foldWord). */
export function stemAlbanian(word: string): string {
  return stemTrace(word).stem
}
