import type { CollectionConfig } from 'payload'
import { referencesIn } from './references.ts'

/**
 * `collections` ordered so that each comes after every other one its relationship and upload
 * fields point at: the order in which a restore or an import writes them, so no document refers
 * to one not yet written. References to the collection itself are the writer's to link in a
 * second pass; among collections free to go next, the given order is kept. A cycle between
 * collections has no such order and is a config error.
 */
export function referencedFirst(collections: CollectionConfig[]): CollectionConfig[] {
  const slugs = new Set(collections.map((collection) => collection.slug))
  const needs = new Map(
    collections.map((collection) => [
      collection.slug,
      referencesIn(collection.fields)
        .flatMap((reference) => reference.to)
        .filter((to) => to !== collection.slug && slugs.has(to)),
    ]),
  )
  const ordered: CollectionConfig[] = []
  const placed = new Set<string>()
  while (ordered.length < collections.length) {
    const next = collections.find((c) => !placed.has(c.slug) && needs.get(c.slug)!.every((slug) => placed.has(slug)))
    if (!next) {
      const left = collections.filter((c) => !placed.has(c.slug)).map((c) => c.slug)
      throw new Error(`arkivi: these collections refer to each other in a cycle, so none can be written first: ${left.join(', ')}`)
    }
    ordered.push(next)
    placed.add(next.slug)
  }
  return ordered
}
