import type { Access } from 'payload'
import { mediaUsedByPublished } from '../collections/Media/visibility.ts'
import { roleOf } from './roles.ts'

/**
 * Update for media. Editors and admins may change any file. Contributors may change only files
 * no published document uses: replacing a published scan or its alt text changes what is live.
 * For one file the answer is exact; for a bulk update, the published files are excluded.
 */
export const canEditMedia: Access = async ({ req, id }) => {
  const role = roleOf(req)
  if (role === null) return false
  if (role !== 'contributor') return true
  if (id !== undefined) return (await mediaUsedByPublished(req, [id])).size === 0
  const published = [...(await mediaUsedByPublished(req))]
  return published.length === 0 ? true : { id: { not_in: published } }
}
