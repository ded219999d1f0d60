import { identifierSlug, type ArchiveItem, type Id, type Media, type Municipality, type Subject } from '@arkivi/content-schemas'
import { decadeOf } from '../dates.ts'
import type { Item } from './types.ts'

/** Documents by id (as a string: SQLite's ids are numbers, MongoDB's strings). */
export function byId<T extends { id: Id }>(docs: T[]): Map<string, T> {
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

/**
 * Looks up documents by id in a map, leaving out those the public cannot see: a relation to a
 * restricted item or a private file is not in the map, and is never fetched separately.
 */
export function resolveIds<T>(map: Map<string, T>, ids: Id[]): T[] {
  return ids.flatMap((id) => map.get(String(id)) ?? [])
}

/**
 * The archive items with their subjects, municipality, files and related items resolved, and
 * each item's URL slug; two items whose identifiers give the same slug stop the build.
 */
export function resolveItems(
  archiveItems: ArchiveItem[],
  { subjects, municipalities, media }: { subjects: Map<string, Subject>; municipalities: Map<string, Municipality>; media: Map<string, Media> },
): { items: Item[]; itemBySlug: Map<string, Item> } {
  const items: Item[] = archiveItems.map((item) => ({
    ...item,
    slug: identifierSlug(item.identifier),
    decade: decadeOf(item.date.value),
    subjectDocs: resolveIds(subjects, item.subjects),
    municipalityDoc: item.municipality != null ? (municipalities.get(String(item.municipality)) ?? null) : null,
    fileDocs: resolveIds(media, item.files),
    relatedItems: [],
  }))
  const itemById = byId(items)
  const itemBySlug = new Map<string, Item>()
  for (const item of items) {
    item.relatedItems = resolveIds(itemById, item.related).filter((related) => related !== item)
    const clash = itemBySlug.get(item.slug)
    if (clash)
      throw new Error(`archive-items id=${item.id} and id=${clash.id} share the URL slug "${item.slug}" (identifiers "${item.identifier}", "${clash.identifier}")`)
    itemBySlug.set(item.slug, item)
  }
  return { items, itemBySlug }
}
