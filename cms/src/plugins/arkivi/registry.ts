import type { CollectionConfig, CollectionSlug, SanitizedConfig } from 'payload'
import type { PublicRule } from '../../access/publicRules.ts'
import { declarationOf } from './declaration.ts'
import { referencedFirst } from './order.ts'
import { referencesIn } from './references.ts'

/** What the CMS, its hooks and the scripts need to know of one content collection. */
export type CollectionFacts = {
  /** Drafts and publishing rules; the public reads the documents `publicWhen` admits. */
  editorial: { publicWhen: PublicRule } | null
  /** Keeps a version history (backed up with the documents). */
  versioned: boolean
  /** The top-level fields that hold media files, which are public exactly while a public document uses them. */
  mediaFields: string[]
  /** The field that recognises a document across databases. */
  naturalKey: string
  /** Position in the order a restore or import writes collections: referenced before referring. */
  order: number
}

/** Per content collection (one with an arkivi declaration), its facts; plain data. */
export type Registry = Partial<Record<CollectionSlug, CollectionFacts>>

/** The top-level fields of `collection` that point at media. */
export function mediaFieldsOf(collection: CollectionConfig): string[] {
  return referencesIn(collection.fields)
    .filter((reference) => reference.to.includes('media'))
    .map((reference) => reference.path)
}

/** The registry of the content collections among `collections`, as the Arkivi plugin wired them. */
export function deriveRegistry(collections: CollectionConfig[]): Registry {
  const content = collections.filter((collection) => declarationOf(collection))
  return Object.fromEntries(
    referencedFirst(content).map((collection, order) => {
      const { editorial, naturalKey } = declarationOf(collection)!
      const facts: CollectionFacts = {
        editorial: editorial ? { publicWhen: editorial.publicWhen } : null,
        versioned: Boolean(collection.versions),
        mediaFields: mediaFieldsOf(collection),
        naturalKey,
        order,
      }
      return [collection.slug, facts]
    }),
  )
}

/** The registry's collections in the order a restore or an import writes them. */
export function inWriteOrder(registry: Registry): CollectionSlug[] {
  return (Object.entries(registry) as [CollectionSlug, CollectionFacts][]).sort(([, a], [, b]) => a.order - b.order).map(([slug]) => slug)
}

/** The registry the Arkivi plugin attached to a built config. */
export function registryIn(config: SanitizedConfig): Registry {
  const registry = (config.custom as { arkivi?: Registry } | undefined)?.arkivi
  if (!registry) throw new Error('arkivi: this config was built without the Arkivi plugin')
  return registry
}
