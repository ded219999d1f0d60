import {
  LOCALES,
  RIGHTS_STATEMENT_VALUES,
  type ArchiveItemType,
  type DatePrecision,
  type ItemLanguage,
  type Locale,
  type Localized,
  type RightsStatement,
} from '@arkivi/content-schemas'
import { municipalities } from '../../seed/data/municipalities.ts'
import { subjects } from '../../seed/data/subjects.ts'
import { FIRST_NAMES, INITIALS, SYLLABLES, WORDS } from './words.ts'

/**
 * The synthetic archive: deterministic (item i is the same whatever N is, so a sweep's corpora are
 * prefixes of each other), clearly synthetic (BENCH-000001 identifiers, `sample: true`), with text
 * in all three locales whose word frequencies follow Zipf's law over a vocabulary that keeps
 * growing with the corpus, as real text does.
 */

export const SEED = 20_261_122
/** Distinct placeholder images the items with media share (see README: one pool, not N files). */
export const IMAGE_POOL_SIZE = 8
/** Marks hidden items' titles in every locale; a search for it must find nothing. */
export const HIDDEN_MARK = 'benchhidden'

export type BenchItem = {
  index: number
  identifier: string
  title: Localized
  description: Localized<string[]>
  transcript?: Localized<string[]>
  contentWarning?: Localized
  date: { value: string; precision: DatePrecision; approximate: boolean }
  type: ArchiveItemType
  format: string
  creators: string[]
  /** Subject and municipality slugs of the seed's taxonomy. */
  subjects: string[]
  municipality?: string
  place?: Localized
  languages: ItemLanguage[]
  source: Localized
  rights: RightsStatement
  /** Index into the image pool, for the share of items with an image. */
  image?: number
  /** Indexes of earlier public items. */
  related: number[]
  visibility: 'public' | 'restricted'
  published: boolean
}

/** mulberry32: a small, fast, seedable PRNG; quality is ample for synthetic text. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash(...parts: (string | number)[]): number {
  let h = 2166136261
  for (const char of parts.join('\u0000')) h = Math.imul(h ^ char.charCodeAt(0), 16777619)
  return h >>> 0
}

/** A Zipf–Mandelbrot distribution over VOCABULARY ranks: rank r has weight 1 / (r + 2.7). */
const VOCABULARY = 60_000
const cumulative = (() => {
  const sums = new Float64Array(VOCABULARY)
  let total = 0
  for (let rank = 0; rank < VOCABULARY; rank += 1) sums[rank] = total += 1 / (rank + 2.7)
  return sums
})()

function zipfRank(random: () => number): number {
  const target = random() * cumulative[VOCABULARY - 1]
  let low = 0
  let high = VOCABULARY - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (cumulative[mid] < target) low = mid + 1
    else high = mid
  }
  return low
}

const pseudoWords: Record<Locale, Map<number, string>> = { sq: new Map(), sr: new Map(), en: new Map() }

/** The word at a frequency rank: the bank's words first, then pseudo-words built from syllables. */
export function wordAt(locale: Locale, rank: number): string {
  const bank = WORDS[locale]
  if (rank < bank.length) return bank[rank]
  let word = pseudoWords[locale].get(rank)
  if (!word) {
    const random = prng(hash(locale, rank))
    const syllables = SYLLABLES[locale]
    word = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, syllables)).join('')
    pseudoWords[locale].set(rank, word)
  }
  return word
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

function sentence(random: () => number, locale: Locale, min: number, max: number): string[] {
  const words = Array.from({ length: between(random, min, max) }, () => wordAt(locale, zipfRank(random)))
  // Names, years and subjects turn up in archive prose; they are what people search for.
  if (random() < 0.15) words.splice(between(random, 0, words.length), 0, pick(random, municipalities).displayName[locale])
  if (random() < 0.1) words.splice(between(random, 0, words.length), 0, String(between(random, 1996, 2025)))
  if (random() < 0.1) words.splice(between(random, 0, words.length), 0, pick(random, subjects).name[locale].toLocaleLowerCase(locale))
  return words
}

function paragraphs(random: () => number, locale: Locale, count: number, sentences: [number, number]): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: between(random, ...sentences) }, () => `${capitalize(sentence(random, locale, 6, 18).join(' '))}.`).join(' '),
  )
}

/** The same random choices in every locale (lengths, structure), each locale's own words. */
function localized<T>(seed: number, make: (random: () => number, locale: Locale) => T): Localized<T> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, make(prng(seed), locale)])) as Localized<T>
}

const TYPE_WEIGHTS: [ArchiveItemType, number][] = [
  ['StillImage', 30],
  ['Text', 30],
  ['Event', 12],
  ['Sound', 8],
  ['MovingImage', 8],
  ['PhysicalObject', 5],
  ['Collection', 3],
  ['Dataset', 2],
  ['InteractiveResource', 1],
  ['Service', 1],
]
const FORMATS: Partial<Record<ArchiveItemType, string>> = {
  StillImage: 'image/jpeg',
  Text: 'application/pdf',
  Sound: 'audio/mpeg',
  MovingImage: 'video/mp4',
  Dataset: 'text/csv',
}

function weighted<T>(random: () => number, weights: [T, number][]): T {
  let target = random() * weights.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [value, weight] of weights) if ((target -= weight) < 0) return value
  return weights[0][0]
}

const START = Date.UTC(1996, 0, 1)
const END = Date.UTC(2025, 11, 31)

/** Every 100th item from the 38th is restricted, from the 74th an unpublished draft. */
export function visibilityOf(index: number): { visibility: 'public' | 'restricted'; published: boolean } {
  if (index % 100 === 37) return { visibility: 'restricted', published: true }
  if (index % 100 === 73) return { visibility: 'public', published: false }
  return { visibility: 'public', published: true }
}

export const isHidden = (index: number) => {
  const { visibility, published } = visibilityOf(index)
  return visibility !== 'public' || !published
}

export const identifierOf = (index: number) => `BENCH-${String(index + 1).padStart(6, '0')}`

/** Item `index` (0-based) of the synthetic archive. */
export function generateItem(index: number): BenchItem {
  const random = prng(hash(SEED, index))
  const seed = () => Math.floor(random() * 2 ** 32)
  const hidden = isHidden(index)

  const day = new Date(START + Math.floor(random() * ((END - START) / 86_400_000)) * 86_400_000)
  const precision = weighted<DatePrecision>(random, [
    ['day', 50],
    ['month', 30],
    ['year', 20],
  ])
  const iso = day.toISOString().slice(0, 10)
  const value = precision === 'day' ? iso : precision === 'month' ? `${iso.slice(0, 7)}-01` : `${iso.slice(0, 4)}-01-01`
  const type = weighted(random, TYPE_WEIGHTS)
  const municipality = random() < 0.85 ? pick(random, municipalities) : undefined

  const title = localized(seed(), (r, locale) => {
    const words = sentence(r, locale, 3, 9)
    if (municipality && r() < 0.3) words.push(municipality.displayName[locale])
    return capitalize([...(hidden ? [HIDDEN_MARK] : []), ...words].join(' '))
  })
  const descriptionSeed = seed()
  const descriptionParagraphs = between(random, 1, 4)
  const description = localized(descriptionSeed, (r, locale) => paragraphs(r, locale, descriptionParagraphs, [2, 5]))
  const hasTranscript = (type === 'Sound' || type === 'MovingImage' || type === 'Text') && random() < 0.4
  const transcriptParagraphs = between(random, 4, 10)
  const transcriptSeed = seed()
  const subjectCount = between(random, 1, 3)
  const subjectSlugs = [...new Set(Array.from({ length: subjectCount }, () => pick(random, subjects).key))]
  const creatorCount = between(random, 0, 3)
  const creators = Array.from({ length: creatorCount }, () => `${pick(random, FIRST_NAMES)} ${pick(random, INITIALS)}.`)
  const hasPlace = random() < 0.3
  const placeSeed = seed()
  const withImage = index % 10 === 3
  const related =
    index > 20 && random() < 0.1
      ? [...new Set(Array.from({ length: between(random, 1, 3) }, () => between(random, 0, index - 1)))].filter((other) => !isHidden(other))
      : []
  const warning = random() < 0.03

  return {
    index,
    identifier: identifierOf(index),
    title,
    description,
    ...(hasTranscript ? { transcript: localized(transcriptSeed, (r, locale) => paragraphs(r, locale, transcriptParagraphs, [3, 6])) } : {}),
    ...(warning ? { contentWarning: localized(seed(), (r, locale) => `${capitalize(sentence(r, locale, 4, 8).join(' '))}.`) } : {}),
    date: { value, precision, approximate: random() < 0.1 },
    type,
    format: FORMATS[type] ?? 'text/plain',
    creators,
    subjects: subjectSlugs,
    ...(municipality ? { municipality: municipality.slug } : {}),
    ...(hasPlace ? { place: localized(placeSeed, (r, locale) => capitalize(sentence(r, locale, 2, 4).join(' '))) } : {}),
    languages: weighted<ItemLanguage[]>(random, [
      [['sq'], 55],
      [['sr'], 15],
      [['sq', 'sr'], 10],
      [['sq', 'en'], 10],
      [['en'], 5],
      [['tr'], 3],
      [['rom'], 2],
    ]),
    source: localized(seed(), (r, locale) => `${capitalize(sentence(r, locale, 3, 7).join(' '))} (${identifierOf(index)})`),
    rights: pick(random, RIGHTS_STATEMENT_VALUES),
    ...(withImage ? { image: Math.floor(index / 10) % IMAGE_POOL_SIZE } : {}),
    related,
    ...visibilityOf(index),
  }
}
