import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import { registryIn } from '../plugins/arkivi/registry.ts'

type Doc = Record<string, unknown> & { id: string | number }

/** What the preview banner says of a document: the renderer's `status` (site/preview/src/lib/body.ts). */
export type DraftStatus = { draft: boolean; changed: boolean; restricted: boolean; scheduledFor: string | null }

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
    scheduledFor: await scheduledPublication(payload, user, collection, id),
  }
  return { doc, media, status }
}

/** When the next pending scheduled publication of the document runs (as Payload's schedule drawer finds it), if the user may see it. */
async function scheduledPublication(payload: Payload, user: TypedUser, collection: string, id: string): Promise<string | null> {
  const where: Where = {
    and: [
      { taskSlug: { equals: 'schedulePublish' } },
      { waitUntil: { greater_than: new Date().toISOString() } },
      { 'input.doc.value': { equals: String(id) } },
      { 'input.doc.relationTo': { equals: collection } },
    ],
  }
  try {
    const { docs } = await payload.find({ collection: 'payload-jobs', where, sort: 'waitUntil', limit: 10, depth: 0, user, overrideAccess: false })
    const publish = docs.find((job) => (job.input as { type?: string } | undefined)?.type === 'publish')
    return publish?.waitUntil ? new Date(publish.waitUntil).toISOString() : null
  } catch {
    // A user who may not read the job queue is told nothing about the schedule.
    return null
  }
}
