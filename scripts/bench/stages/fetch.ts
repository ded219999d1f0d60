/**
 * Stage 2, fetch: the site's own loader code (site/src/cms/api.ts: paging, validation by
 * content-schemas) pulls every public collection from the running CMS, all collections at once
 * as Astro's content layer does. Also checks, cheaply, that no hidden item came through, and
 * writes the public items in the shape the Lunr comparison indexes.
 */
import { writeFileSync } from 'node:fs'
import {
  COLLECTION_SLUGS,
  identifierSlug,
  lexicalToParagraphs,
  type ArchiveItem,
  type Locale,
  type Municipality,
  type PublicCollection,
  type Subject,
} from '@arkivi/content-schemas'
import { fetchCollection } from '../../../site/src/cms/api.ts'

export type FetchInput = { cmsUrl: string; expectedItems: number; hiddenIdentifiers: string[]; itemsFile: string }
export type FetchOutput = {
  ms: number
  requests: number
  bytes: number
  documents: Record<string, number>
  perCollectionMs: Record<string, number>
}

/** What the Lunr comparison needs of an item, per locale: the fields CollectionBuilder indexes. */
export type SearchDoc = Record<'slug' | 'identifier' | 'date' | 'creators', string> & Record<'title' | 'description' | 'subjects' | 'place', Record<Locale, string>>

const COLLECTIONS: PublicCollection[] = [
  COLLECTION_SLUGS.organizations,
  COLLECTION_SLUGS.programs,
  COLLECTION_SLUGS.partners,
  COLLECTION_SLUGS.archiveItems,
  COLLECTION_SLUGS.municipalities,
  COLLECTION_SLUGS.subjects,
  COLLECTION_SLUGS.media,
]

export default async function fetchAll({ cmsUrl, expectedItems, hiddenIdentifiers, itemsFile }: FetchInput): Promise<FetchOutput> {
  let requests = 0
  let bytes = 0
  // Counts what crosses the wire; reading the body here and handing on a copy costs one copy.
  const countingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init)
    const body = await response.arrayBuffer()
    requests += 1
    bytes += body.byteLength
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
  const perCollectionMs: Record<string, number> = {}
  const started = performance.now()
  const results = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const collectionStarted = performance.now()
      const documents = await fetchCollection(cmsUrl, collection, { fetch: countingFetch })
      perCollectionMs[collection] = performance.now() - collectionStarted
      return [collection, documents] as const
    }),
  )
  const ms = performance.now() - started
  const byCollection = Object.fromEntries(results) as Record<PublicCollection, unknown[]>

  const items = byCollection['archive-items'] as ArchiveItem[]
  const leaked = items.filter((item) => hiddenIdentifiers.includes(item.identifier)).map((item) => item.identifier)
  if (leaked.length > 0) throw new Error(`restricted or draft items reached the public API: ${leaked.join(', ')}`)
  const benchItems = items.filter((item) => item.identifier.startsWith('BENCH-'))
  if (benchItems.length !== expectedItems) throw new Error(`expected ${expectedItems} public bench items, the API returned ${benchItems.length}`)

  writeFileSync(itemsFile, JSON.stringify(searchDocs(benchItems, byCollection.subjects as Subject[], byCollection.municipalities as Municipality[])))
  return {
    ms,
    requests,
    bytes,
    documents: Object.fromEntries(results.map(([collection, documents]) => [collection, documents.length])),
    perCollectionMs,
  }
}

function searchDocs(items: ArchiveItem[], subjects: Subject[], municipalities: Municipality[]): SearchDoc[] {
  const subjectById = new Map(subjects.map((subject) => [String(subject.id), subject]))
  const municipalityById = new Map(municipalities.map((municipality) => [String(municipality.id), municipality]))
  const perLocale = (value: (locale: Locale) => string) => ({ sq: value('sq'), sr: value('sr'), en: value('en') })
  return items.map((item) => {
    const municipality = item.municipality != null ? municipalityById.get(String(item.municipality)) : undefined
    return {
      slug: identifierSlug(item.identifier),
      identifier: item.identifier,
      date: item.date.value.slice(0, 10),
      title: perLocale((locale) => item.title[locale] ?? item.title.sq),
      description: perLocale((locale) => lexicalToParagraphs(item.description?.[locale] ?? item.description?.sq).join('\n')),
      subjects: perLocale((locale) => item.subjects.map((id) => subjectById.get(String(id))?.name[locale] ?? '').join('; ')),
      place: perLocale((locale) => [municipality?.displayName[locale], item.place?.[locale]].filter(Boolean).join('; ')),
      creators: item.creators.join('; '),
    }
  })
}
