import { collections } from './collections/index.ts'
import { deriveRegistry, inWriteOrder } from './plugins/arkivi/registry.ts'
import { withArkivi } from './plugins/arkivi/wiring.ts'

export type { CollectionFacts, Registry } from './plugins/arkivi/registry.ts'

/**
 * The content collections' facts (editorial, versioned, media fields, natural key, write order),
 * derived from their configs exactly as the Arkivi plugin derives the config's `custom.arkivi`.
 * For scripts: importing this builds the collections (keeping nothing of the environment they
 * read) but no Payload config or database.
 */
export const registry = deriveRegistry(collections().map(withArkivi))

/** The content collections in the order a restore or an import writes them: referenced before referring. */
export const CONTENT_ORDER = inWriteOrder(registry)
