import type { CollectionConfig } from 'payload'
import type { PublicRule } from '../../access/publicRules.ts'

/**
 * What a content collection (one the public site reads) says about itself, once, in its own
 * config as `custom: arkivi({ … })`. The Arkivi plugin derives the collection's wiring and its
 * registry entry from this and from its fields.
 */
export type ArkiviDeclaration = {
  /**
   * Editorial: drafts with scheduled publishing, the publishing access rules, and media kept
   * public exactly while a public document uses it. The public reads the documents `publicWhen`
   * admits (access/publicRules.ts).
   */
  editorial?: { publicWhen: PublicRule }
  /** The field that recognises a document across databases, where ids differ (export/import). */
  naturalKey: string
}

/** A content collection's `custom`. */
export function arkivi(declaration: ArkiviDeclaration): { arkivi: ArkiviDeclaration } {
  return { arkivi: declaration }
}

/** The collection's declaration; none for collections the public never reads (users, takedown requests). */
export function declarationOf(collection: CollectionConfig): ArkiviDeclaration | undefined {
  return (collection.custom as { arkivi?: ArkiviDeclaration } | undefined)?.arkivi
}
