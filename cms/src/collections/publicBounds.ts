import type { CollectionConfig } from 'payload'
import { docAccessEndpoint } from '../endpoints/docAccess.ts'
import { boundPublicReads } from '../hooks/boundPublicReads.ts'

/**
 * What every collection gets so that an anonymous request can neither make the CMS do unbounded
 * work nor learn which hidden documents exist: bounded reads (first of its beforeOperation hooks)
 * and the staff-only document-access endpoint (custom endpoints are matched before Payload's).
 */
export function withPublicBounds(collection: CollectionConfig): CollectionConfig {
  const own = collection.hooks?.beforeOperation ?? []
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [boundPublicReads, ...own] },
    endpoints: [docAccessEndpoint(collection.slug), ...(collection.endpoints || [])],
  }
}
