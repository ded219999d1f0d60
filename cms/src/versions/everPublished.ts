import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** The published versions of one document, in its version history. */
export const publishedVersionsOf = (id: unknown): Where => ({ and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] })

/**
 * Whether a document of a collection with drafts was ever published: its own row says so until it
 * is unpublished, and its version history after that (old versions are pruned, so neither alone is
 * enough).
 */
export async function everPublished(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<boolean> {
  if (id === undefined || id === null) return false
  const row = await req.payload.db.findOne<{ id: number | string; _status?: string }>({ collection, where: { id: { equals: id } }, req })
  if (row?._status === 'published') return true
  const versions = await req.payload.countVersions({ collection, where: publishedVersionsOf(id), overrideAccess: true, req })
  return versions.totalDocs > 0
}
