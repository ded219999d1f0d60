/**
 * The Albanian light stemmer's rules, as data (applied by albanianStemmer.ts). Rules are written
 * on the folded form of a word (lower case, ë → e, ç → c: see foldWord), because people type
 * Albanian with and without its diacritics and both spellings must meet on one stem.
 *
 * Where the rules come from:
 * - The endings of nouns and adjectives (definite/indefinite, case, plural) are read off the
 *   inflection tables of the UniParser grammar of Albanian (Timofey Arkhangelskiy,
 *   github.com/timarkh/uniparser-grammar-albanian, paradigms.txt: e.g. the adjective/noun
 *   paradigms give -i/-it/-in (m. sg. definite), -ja/-es/-en (f. sg. definite), -et/-at/-ët
 *   (pl. definite nom./acc.), -eve/-ave/-ëve/-ve (pl. gen./dat./abl.), -esh/-ash (abl. pl.)).
 * - The approach, one pass of longest-suffix stripping with a minimum stem length and no
 *   dictionary, follows the rule-based Albanian stemmers of J. Sadiku and M. Biba ("A Novel
 *   Stemming Algorithm for Albanian", MSc dissertation supervised by Biba, University of New
 *   York Tirana; Sadiku & Biba, "Automatic Stemming of Albanian Through a Rule-based
 *   Approach", Journal of International Research Publications, 2012) and N. N. Karanikolas'
 *   "naive single-step" stemmer ("Bootstrapping the Albanian Information Retrieval", Balkan
 *   Conference in Informatics 2009, pp. 231–235). We read these papers' abstracts and
 *   summaries, not their full rule tables: the rule list here is ours, derived from the
 *   grammar above, not copied from them.
 * - The stem alternations (motër → motra, numër → numri; familje → familja) are standard
 *   Albanian morphology (the schwa of -ër/-ël drops before a vowel ending; -je/-ja nouns),
 *   as also encoded in the UniParser grammar's stems; our normalisation of them is ours.
 *
 * What the stemmer does not try: irregular plurals (grua → gra, djalë → djem), verb
 * conjugation beyond a few participle and present endings that no noun has, and the
 * ambiguous -në of feminine nouns in -i (shtëpinë) against -ë of nouns in -në (Prishtinë,
 * makinë): -inë is read as stem + ë, so shtëpinë stems to "shtepin" (a query for "shtëpi",
 * stem "shtep", still finds it, as Pagefind matches words by prefix).
 */

/** A condition on the stem that is left once the suffix is removed. */
export type StemCondition = 'afterVowel' | 'afterConsonant' | 'afterLoneConsonant' | 'afterI' | 'afterAOrI' | 'afterJ'

export type SuffixRule = {
  /** The ending, on the folded word. */
  suffix: string
  /** The shortest stem the rule may leave. */
  minStem: number
  /** What the stem must end in for the rule to apply. */
  when?: StemCondition
  /** What replaces the ending (default: nothing). */
  replace?: string
  /** An example word the rule stems, and its stem (also the rule's unit test). */
  example: [word: string, stem: string]
}

export type RuleGroup = { name: string; source: string; rules: SuffixRule[] }

const UNIPARSER = 'UniParser grammar of Albanian (timarkh/uniparser-grammar-albanian), paradigms.txt'

/**
 * Step 1: one inflectional ending is removed, the first rule that matches (rules are tried in
 * this order: longer and more specific endings first). Groups are listed in that order.
 */
export const SUFFIX_GROUPS: RuleGroup[] = [
  {
    name: 'participles of -oj verbs (the only verb endings no noun or adjective ends in)',
    source: `${UNIPARSER}: verb paradigms, participle -uar and its adjectival forms (të organizuara); Sadiku & Biba list participle endings among their suffix classes`,
    rules: [
      { suffix: 'uarave', minStem: 4, example: ['organizuarave', 'organiz'] },
      { suffix: 'uarat', minStem: 4, example: ['organizuarat', 'organiz'] },
      { suffix: 'uarit', minStem: 4, example: ['organizuarit', 'organiz'] },
      { suffix: 'uara', minStem: 4, example: ['organizuara', 'organiz'] },
      { suffix: 'uari', minStem: 4, example: ['organizuari', 'organiz'] },
      { suffix: 'uar', minStem: 4, example: ['organizuar', 'organiz'] },
      { suffix: 'ojne', minStem: 4, example: ['organizojnë', 'organiz'] },
      { suffix: 'ojme', minStem: 4, example: ['organizojmë', 'organiz'] },
    ],
  },
  {
    name: 'adjectives in -shëm / -shme (i rëndësishëm, e rëndësishme, të rëndësishmit)',
    source: `${UNIPARSER}: adjective paradigms with the -shëm/-shm- stem alternation`,
    rules: [
      { suffix: 'shmeve', minStem: 3, replace: 'sh', example: ['rëndësishmeve', 'rendesish'] },
      { suffix: 'shmit', minStem: 3, replace: 'sh', example: ['rëndësishmit', 'rendesish'] },
      { suffix: 'shmet', minStem: 3, replace: 'sh', example: ['rëndësishmet', 'rendesish'] },
      { suffix: 'shmja', minStem: 3, replace: 'sh', example: ['rëndësishmja', 'rendesish'] },
      { suffix: 'shmes', minStem: 3, replace: 'sh', example: ['rëndësishmes', 'rendesish'] },
      { suffix: 'shmen', minStem: 3, replace: 'sh', example: ['rëndësishmen', 'rendesish'] },
      { suffix: 'shmin', minStem: 3, replace: 'sh', example: ['rëndësishmin', 'rendesish'] },
      { suffix: 'shmi', minStem: 3, replace: 'sh', example: ['rëndësishmi', 'rendesish'] },
      { suffix: 'shme', minStem: 3, replace: 'sh', example: ['rëndësishme', 'rendesish'] },
      { suffix: 'shem', minStem: 3, replace: 'sh', example: ['rëndësishëm', 'rendesish'] },
    ],
  },
  {
    name: 'plural, definite gen./dat./abl. (-evet, -avet) and indefinite (-eve, -ave, -ëve, -ve)',
    source: `${UNIPARSER}: pl. gen_dat/abl -ave, -eve, -ëve, -ve and non-standard -avet, -evet, -vet`,
    rules: [
      { suffix: 'evet', minStem: 3, example: ['programevet', 'program'] },
      { suffix: 'avet', minStem: 3, example: ['grupavet', 'grup'] },
      { suffix: 'eve', minStem: 3, example: ['grupeve', 'grup'] },
      { suffix: 'ave', minStem: 3, example: ['femrave', 'femr'] },
      { suffix: 've', minStem: 3, when: 'afterAOrI', example: ['grave', 'gra'] },
    ],
  },
  {
    name: 'plural, ablative (-esh, -ash)',
    source: `${UNIPARSER}: pl. abl2 -esh, -ash, -ësh`,
    rules: [
      { suffix: 'esh', minStem: 4, example: ['programesh', 'program'] },
      { suffix: 'ash', minStem: 4, example: ['grupash', 'grup'] },
    ],
  },
  {
    name: 'plural, definite nom./acc. (-et, -at, -ët, -të)',
    source: `${UNIPARSER}: pl. nom/acc def -et, -at, -ët and -të after a vowel (gratë, shtëpitë)`,
    rules: [
      { suffix: 'et', minStem: 3, example: ['programet', 'program'] },
      { suffix: 'at', minStem: 3, example: ['grupat', 'grup'] },
      { suffix: 'te', minStem: 3, when: 'afterAOrI', example: ['gratë', 'gra'] },
    ],
  },
  {
    name: 'singular, definite, feminine (-es, -en; -së after -i)',
    source: `${UNIPARSER}: f. sg. def nom -a/-ja, gen_dat/abl -es/-s/-së, acc -en/-n/-në`,
    rules: [
      { suffix: 'es', minStem: 3, example: ['Prishtinës', 'prishtin'] },
      { suffix: 'en', minStem: 3, example: ['Prishtinën', 'prishtin'] },
      { suffix: 'se', minStem: 4, when: 'afterI', example: ['shtëpisë', 'shtep'] },
    ],
  },
  {
    name: 'singular, definite, masculine (-it, -in, -ut, -un; -t after -j: Ferizajt)',
    source: `${UNIPARSER}: m. sg. def gen_dat/abl -it/-ut (-t after a stem in -j), acc -in/-un`,
    rules: [
      { suffix: 'it', minStem: 3, example: ['programit', 'program'] },
      { suffix: 'in', minStem: 3, example: ['programin', 'program'] },
      { suffix: 'ut', minStem: 3, example: ['zogut', 'zog'] },
      { suffix: 'un', minStem: 3, example: ['zogun', 'zog'] },
      { suffix: 't', minStem: 4, when: 'afterJ', example: ['Ferizajt', 'ferizaj'] },
    ],
  },
  {
    name: 'one-letter endings: m. def. -i/-u, f. def. -a, indefinite and f. -e/-ë',
    source: `${UNIPARSER}: m. sg. def nom -i/-u, f. sg. def nom -a, f. sg. indef -e/-ë, pl. indef -e/-a/-ë`,
    rules: [
      { suffix: 'i', minStem: 3, example: ['programi', 'program'] },
      { suffix: 'u', minStem: 3, example: ['zogu', 'zog'] },
      { suffix: 'a', minStem: 3, example: ['Prishtina', 'prishtin'] },
      { suffix: 'e', minStem: 3, example: ['Prishtinë', 'prishtin'] },
    ],
  },
]

/**
 * Step 2: the stem left by step 1 (or the word itself) is normalised, every rule that matches,
 * in this order, so that the alternating forms of one word meet.
 */
export const NORMALISATIONS: RuleGroup[] = [
  {
    name: 'the -je/-ja nouns (familje, familja, familjes; Shtime, Shtimja): a final j after a consonant other than g or n (gj, nj are letters) goes',
    source: `${UNIPARSER}: f. nouns in -e with definite -ja; Albanian orthography (gj, nj are single letters)`,
    rules: [{ suffix: 'j', minStem: 3, when: 'afterLoneConsonant', example: ['familja', 'famil'] }],
  },
  {
    name: 'the feminine nouns in -i (shtëpi, shtëpia, shtëpisë, shtëpive): their final i goes, as the masculine definite -i does in step 1',
    source: `${UNIPARSER}: f. nouns in stressed -i (def. -a, gen. -së, pl. gen. -ve)`,
    rules: [{ suffix: 'i', minStem: 3, when: 'afterConsonant', example: ['shtëpive', 'shtep'] }],
  },
  {
    name: 'the -ër/-ël stems (motër, motra; numër, numri; libër, librat): the schwa drops before an ending, so it is dropped always',
    source: `${UNIPARSER}: noun stems with the ë-deletion alternation (numër : numr-i)`,
    rules: [
      { suffix: 'er', minStem: 2, when: 'afterConsonant', replace: 'r', example: ['numër', 'numr'] },
      { suffix: 'el', minStem: 2, when: 'afterConsonant', replace: 'l', example: ['vegël', 'vegl'] },
    ],
  },
]

/**
 * Words whose base form ends like an inflectional ending, with the stem their other forms
 * have: Kosovo's municipalities Podujevë (Podujeva, Podujevës), Malishevë, Dragash, Partesh
 * (folded). Without them "Podujevë" would lose "-evë" as if it were the plural "-eve".
 */
export const PROTECTED_STEMS: Record<string, string> = {
  podujeve: 'podujev',
  malisheve: 'malishev',
  dragash: 'dragash',
  partesh: 'partesh',
}
