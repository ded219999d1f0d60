import { isValidID, NotFound, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { roleOf } from '../access/index.ts'
import { PUBLIC_MAX_DEPTH, PUBLIC_MAX_LIMIT } from '../http/limits.ts'

type ReadArgs = {
  id?: unknown
  depth?: number
  draft?: boolean
  limit?: number
  pagination?: boolean
  overrideAccess?: boolean
}

const READS = new Set(['read', 'readDistinct', 'count'])

/** Whether `id` can name a document in this database: SQLite ids are integers, MongoDB's ObjectIds. */
function isPossibleId(req: PayloadRequest, id: unknown): boolean {
  if (req.payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(String(id))
  return isValidID(String(id), 'ObjectID')
}

/**
 * Runs before every operation of every collection:
 * - an id that cannot exist (`/api/archive-items/abc`) is a 404, not a database error;
 * - a request that is subject to access rules and has no staff user (the public, the site build)
 *   reads at most `PUBLIC_MAX_DEPTH` levels of related documents and `PUBLIC_MAX_LIMIT` per page,
 *   never all at once, and never drafts: `draft=true` answers exactly as without it, so comparing
 *   the two cannot tell anyone which public documents have unpublished changes.
 * Internal reads (`overrideAccess`, e.g. hooks and scripts) and staff are not bounded here.
 */
export const boundPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const read = args as ReadArgs
  if (read.id !== undefined && read.id !== null && !isPossibleId(req, read.id)) throw new NotFound(req.t)
  if (!READS.has(operation) || read.overrideAccess || roleOf(req) !== null) return args
  return {
    ...args,
    depth: Math.min(read.depth ?? PUBLIC_MAX_DEPTH, PUBLIC_MAX_DEPTH),
    draft: false,
    // Payload's own default page (10) stays; 0 ("everything") and larger pages are cut.
    limit: read.limit === undefined ? undefined : Math.min(read.limit || PUBLIC_MAX_LIMIT, PUBLIC_MAX_LIMIT),
    pagination: true,
  }
}
