import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import type { PayloadJob as Job } from '../payload-types.ts'
import { registryIn } from '../plugins/arkivi/registry.ts'
import { publishedVersionsOf } from '../versions/everPublished.ts'

type Doc = Record<string, unknown> & { id: string | number }

/** What the preview banner says of a document: the renderer's `status` (site/preview/src/lib/body.ts). */
export type DraftStatus = { draft: boolean; changed: boolean; restricted: boolean; scheduledFor: string | null; scheduleFailedAt: string | null }

/** The ids of media a document uses: its media fields and the uploads inside its rich text. */
function mediaIdsIn(doc: Doc, mediaFields: string[]): string[] {
  const ids = new Set<string>()
  const add = (value: unknown) => {
    if (typeof value === 'number' || typeof value === 'string') ids.add(String(value))
    else if (value && typeof value === 'object' && 'id' in value) add((value as { id: unknown }).id)
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk)
    if (!value || typeof value !== 'object') return
    const node = value as Record<string, unknown>
    if (node.type === 'upload' && node.relationTo === 'media') add(node.value)
    Object.values(node).forEach(walk)
  }
  for (const field of mediaFields) {
    const value = doc[field]
    if (value && typeof value === 'object' && !Array.isArray(value) && !('id' in value)) Object.values(value).flat().forEach(add)
    else [value].flat().forEach(add)
  }
  walk(doc)
  return [...ids]
}

/**
 * A document's latest draft in every locale, the files it uses and its state, all read with the
 * signed-in user's own rights (`overrideAccess: false`): a contributor previews what a
 * contributor may read, and a document the user may not read is not found.
 */
export async function readDraft(payload: Payload, user: TypedUser, collection: CollectionSlug, id: string) {
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  const doc = (await payload.findByID({ ...asUser, collection, id, draft: true, locale: 'all' })) as unknown as Doc
  const current = (await payload.findByID({ ...asUser, collection, id, select: { _status: true } as never })) as { _status?: string }
  const mediaFields = registryIn(payload.config)[collection]?.mediaFields ?? []
  const ids = mediaIdsIn(doc, mediaFields)
  const media = ids.length
    ? (await payload.find({ ...asUser, collection: 'media', where: { id: { in: ids } }, locale: 'all', limit: ids.length, pagination: false })).docs
    : []
  const status: DraftStatus = {
    draft: current._status !== 'published',
    changed: current._status === 'published' && doc._status !== 'published',
    restricted: 'visibility' in doc && doc.visibility !== 'public',
    ...(await schedule(payload, collection, id)),
  }
  return { doc, media, status }
}

/** The queue's first publish (not unpublish) job for one document that matches `when`, in `sort` order of when it is due. */
async function publishJob(payload: Payload, collection: string, id: string, when: Where, sort: 'waitUntil' | '-waitUntil'): Promise<Job | undefined> {
  const where: Where = {
    and: [
      { taskSlug: { equals: 'schedulePublish' } },
      { 'input.doc.value': { equals: String(id) } },
      { 'input.doc.relationTo': { equals: collection } },
      { 'input.type': { equals: 'publish' } },
      when,
    ],
  }
  // Payload denies every read of its job queue; the caller has just read the document with the
  // user's own rights, and the schedule of a document one may read is no more private than it.
  const { docs } = await payload.find({ collection: 'payload-jobs', where, sort, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

/**
 * What the schedule says of the document: when the next pending publication runs (as Payload's
 * schedule drawer finds it), or else when the last one failed, if nothing published it since
 * (the drawer reported it scheduled, and a failure leaves no other trace an editor sees).
 */
async function schedule(payload: Payload, collection: CollectionSlug, id: string): Promise<Pick<DraftStatus, 'scheduledFor' | 'scheduleFailedAt'>> {
  const now = new Date().toISOString()
  const next = (await publishJob(payload, collection, id, { waitUntil: { greater_than: now } }, 'waitUntil'))?.waitUntil
  if (next) return { scheduledFor: new Date(next).toISOString(), scheduleFailedAt: null }
  const failed = await publishJob(payload, collection, id, { hasError: { equals: true } }, '-waitUntil')
  if (!failed?.waitUntil) return { scheduledFor: null, scheduleFailedAt: null }
  const { docs } = await payload.findVersions({
    collection,
    where: publishedVersionsOf(id),
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true } as never,
    overrideAccess: true,
  })
  const publishedSince = docs[0] && new Date(docs[0].updatedAt) >= new Date(failed.updatedAt)
  return { scheduledFor: null, scheduleFailedAt: publishedSince ? null : new Date(failed.waitUntil).toISOString() }
}
