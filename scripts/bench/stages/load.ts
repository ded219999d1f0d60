/**
 * Stage 1, load: the real seed, then a pool of placeholder images, then N synthetic items, each
 * written in every locale through Payload's Local API with the CMS's own hooks and access rules
 * (as `npm run seed` and the importer write), BATCH items per transaction, rebuild hooks quiet.
 * Runs in its own process (worker.ts) on the database named by DATABASE_URL.
 */
import { DEFAULT_LOCALE, LOCALES, paragraphsToLexical, type Locale } from '@arkivi/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import { bulkWriteContext } from '@arkivi/cms/rebuild'
import { looseApi, type Id } from '../../lib/looseApi.ts'
import { getCmsPayload } from '../../lib/payload.ts'
import { withTransaction } from '../../lib/transaction.ts'
import { placeholderImage } from '../../seed/placeholders.ts'
import { seed } from '../../seed/seed.ts'
import { generateItem, identifierOf, IMAGE_POOL_SIZE, isHidden, type BenchItem } from '../corpus/generate.ts'

export type LoadInput = { items: number }
export type LoadOutput = {
  initMs: number
  seedMs: number
  imagesMs: number
  itemsMs: number
  itemsPerSecond: number
  /** Wall time of each batch, to show whether loading slows as the database grows. */
  batchMs: number[]
  publicItems: number
  hiddenIdentifiers: string[]
  corpus: CorpusStats
}

/** What the generated corpus holds, so a reader can judge how realistic it is. */
export type CorpusStats = {
  withImage: number
  withTranscript: number
  restricted: number
  drafts: number
  /** Mean words per item (title, description, transcript) in each locale. */
  meanWords: Record<Locale, number>
  /** Distinct words over all items, per locale. */
  distinctWords: Record<Locale, number>
}

/** Items per transaction: large enough to amortise the commit, small enough to keep locks short. */
const BATCH = 200

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)

/** The transactions' request context: the rebuild hooks stay quiet (the bench builds the site itself). */
const QUIET = bulkWriteContext()

export default async function load({ items: count }: LoadInput): Promise<LoadOutput> {
  let started = performance.now()
  const payload = await getCmsPayload()
  const initMs = performance.now() - started

  started = performance.now()
  await seed(payload, () => {})
  const seedMs = performance.now() - started

  started = performance.now()
  const images = await withTransaction(payload, (req) => createImagePool(payload, req), QUIET)
  const imagesMs = performance.now() - started

  const api = looseApi(payload)
  const idsBySlug = async (collection: string) => {
    const { docs } = await api.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    return new Map(docs.map((doc) => [String(doc.slug), doc.id]))
  }
  const subjects = await idsBySlug('subjects')
  const municipalities = await idsBySlug('municipalities')
  const ids: Id[] = []
  const batchMs: number[] = []
  const stats = corpusStats()
  started = performance.now()
  for (let first = 0; first < count; first += BATCH) {
    const batchStarted = performance.now()
    await withTransaction(
      payload,
      async (req) => {
        for (let index = first; index < Math.min(first + BATCH, count); index += 1) {
          const item = generateItem(index)
          stats.add(item)
          ids[index] = await createItem(payload, req, item, { subjects, municipalities, images, items: ids })
        }
      },
      QUIET,
    )
    batchMs.push(performance.now() - batchStarted)
    const done = Math.min(first + BATCH, count)
    console.log(`${done}/${count} items, ${(done / ((performance.now() - started) / 1000)).toFixed(1)} items/s`)
  }
  const itemsMs = performance.now() - started

  const hidden = Array.from({ length: count }, (_, index) => index).filter(isHidden)
  return {
    initMs,
    seedMs,
    imagesMs,
    itemsMs,
    itemsPerSecond: count / (itemsMs / 1000),
    batchMs,
    publicItems: count - hidden.length,
    hiddenIdentifiers: hidden.map(identifierOf),
    corpus: stats.result(count),
  }
}

function corpusStats() {
  const counts = { withImage: 0, withTranscript: 0, restricted: 0, drafts: 0 }
  const words = { sq: 0, sr: 0, en: 0 }
  const distinct = { sq: new Set<string>(), sr: new Set<string>(), en: new Set<string>() }
  return {
    add(item: BenchItem) {
      counts.withImage += Number(item.image !== undefined)
      counts.withTranscript += Number(item.transcript !== undefined)
      counts.restricted += Number(item.visibility === 'restricted')
      counts.drafts += Number(!item.published)
      for (const locale of LOCALES) {
        const text = [item.title[locale], ...item.description[locale], ...(item.transcript?.[locale] ?? [])].join(' ')
        for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
          words[locale] += 1
          distinct[locale].add(word)
        }
      }
    },
    result(count: number): CorpusStats {
      const per = (value: (locale: Locale) => number) => ({ sq: value('sq'), sr: value('sr'), en: value('en') })
      return { ...counts, meanWords: per((locale) => Math.round(words[locale] / count)), distinctWords: per((locale) => distinct[locale].size) }
    },
  }
}

/** IMAGE_POOL_SIZE placeholder images (1200×800 PNG) that the items with media share. */
async function createImagePool(payload: Payload, req: PayloadRequest): Promise<Id[]> {
  const api = looseApi(payload)
  const ids: Id[] = []
  for (let k = 0; k < IMAGE_POOL_SIZE; k += 1) {
    const name = `bench-placeholder-${k + 1}.png`
    const data = await placeholderImage(`BENCH ${k + 1}`)
    const alt = { sq: `Imazh provë ${k + 1} për matjet`, sr: `Probna slika ${k + 1} za merenja`, en: `Benchmark placeholder image ${k + 1}` }
    const created = await api.create({
      collection: 'media',
      data: { alt: alt.sq, credit: 'Arkivi bench' },
      locale: DEFAULT_LOCALE,
      file: { data, mimetype: 'image/png', name, size: data.length },
      overrideAccess: true,
      depth: 0,
      req,
    })
    for (const locale of OTHER_LOCALES) {
      await api.update({ collection: 'media', id: created.id, data: { alt: alt[locale] }, locale, overrideAccess: true, depth: 0, req })
    }
    ids.push(created.id)
  }
  return ids
}

type Relations = { subjects: Map<string, Id>; municipalities: Map<string, Id>; images: Id[]; items: Id[] }

/** One item: created in Albanian, then each translation saved, as an editor would. */
async function createItem(payload: Payload, req: PayloadRequest, item: BenchItem, relations: Relations): Promise<Id> {
  const api = looseApi(payload)
  const status = { _status: item.published ? 'published' : 'draft' }
  const draft = !item.published
  const localeData = (locale: Locale) => ({
    title: item.title[locale],
    description: paragraphsToLexical(item.description[locale]),
    transcript: item.transcript ? paragraphsToLexical(item.transcript[locale]) : undefined,
    contentWarning: item.contentWarning?.[locale],
    place: item.place?.[locale],
    source: item.source[locale],
    ...status,
  })
  const created = await api.create({
    collection: 'archive-items',
    data: {
      ...localeData(DEFAULT_LOCALE),
      identifier: item.identifier,
      date: item.date,
      type: item.type,
      format: item.format,
      creators: item.creators,
      subjects: item.subjects.map((slug) => relations.subjects.get(slug)),
      languages: item.languages,
      municipality: item.municipality ? relations.municipalities.get(item.municipality) : undefined,
      rights: item.rights,
      files: item.image !== undefined ? [relations.images[item.image]] : [],
      related: item.related.map((index) => relations.items[index]),
      sample: true,
      visibility: item.visibility,
      consentNotes: 'Synthetic benchmark record: no person, no consent needed.',
    },
    locale: DEFAULT_LOCALE,
    draft,
    overrideAccess: true,
    depth: 0,
    req,
  })
  for (const locale of OTHER_LOCALES) {
    await api.update({ collection: 'archive-items', id: created.id, data: localeData(locale), locale, draft, overrideAccess: true, depth: 0, req })
  }
  return created.id
}
