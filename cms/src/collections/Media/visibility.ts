import type { CollectionSlug, PayloadRequest } from 'payload'
import { PUBLIC_RULES, type PublicRule } from '../../access/publicRules.ts'
import { registryIn } from '../../plugins/arkivi/registry.ts'

type Id = number | string

/**
 * Where media files are referenced from, and which of those references make a file public: the
 * media fields of the editorial collections (from the registry), and each collection's public
 * rule. A file is public exactly when at least one document passing that rule (published, and
 * for archive items public) uses it; otherwise anonymous visitors can neither list nor download it.
 */
function references(req: PayloadRequest): { collection: CollectionSlug; field: string; publicWhen: PublicRule }[] {
  return Object.entries(registryIn(req.payload.config)).flatMap(([collection, facts]) => {
    if (!facts?.editorial) return []
    const { publicWhen } = facts.editorial
    return facts.mediaFields.map((field) => ({ collection: collection as CollectionSlug, field, publicWhen }))
  })
}

function idsOf(value: unknown): Id[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(idsOf)
  if (typeof value === 'object') return 'id' in value ? idsOf((value as { id: unknown }).id) : []
  return typeof value === 'number' || typeof value === 'string' ? [value] : []
}

/** The media ids a document refers to through `field` (populated or not). */
export function mediaIdsIn(doc: Record<string, unknown> | undefined, field: string): Id[] {
  return doc ? idsOf(doc[field]) : []
}

/**
 * The media ids (of `among`, or of all files when omitted) that some document uses through
 * `which` of its references: `'public'` (published, and public where visibility applies) or
 * `'published'` (published, whatever its visibility).
 */
async function mediaUsedBy(req: PayloadRequest, which: 'public' | 'published', among?: string[]): Promise<Set<string>> {
  const used = new Set<string>()
  for (const { collection, field, publicWhen } of references(req)) {
    const where = PUBLIC_RULES[which === 'public' ? publicWhen : 'published']
    const { docs } = await req.payload.find({
      collection,
      where: among ? { and: [where, { [field]: { in: among } }] } : where,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { [field]: true },
      req,
    })
    for (const doc of docs) {
      for (const id of mediaIdsIn(doc as unknown as Record<string, unknown>, field)) used.add(String(id))
    }
  }
  return among ? new Set([...used].filter((id) => among.includes(id))) : used
}

/** The ids of every file a published document uses (whatever its visibility). */
export function mediaUsedByPublished(req: PayloadRequest, among?: Id[]): Promise<Set<string>> {
  return mediaUsedBy(req, 'published', among?.map(String))
}

/** Recomputes `isPublic` for the given media files inside the request's transaction. */
export async function refreshMediaVisibility(req: PayloadRequest, ids: Id[]): Promise<void> {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return
  const publicIds = await mediaUsedBy(req, 'public', unique)
  const { docs: media } = await req.payload.find({
    collection: 'media',
    where: { id: { in: unique } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { isPublic: true },
    req,
  })
  for (const file of media) {
    const shouldBePublic = publicIds.has(String(file.id))
    if (Boolean(file.isPublic) !== shouldBePublic) {
      await req.payload.update({
        collection: 'media',
        id: file.id,
        data: { isPublic: shouldBePublic },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  }
}
