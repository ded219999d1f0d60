import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/**
 * Create for versioned collections: every staff role may create drafts; only editors and admins
 * may create a document already published.
 */
export const canCreate: Access = ({ req, data }) => {
  const role = roleOf(req)
  if (role === null) return false
  if (role === 'contributor') return data?._status !== 'published'
  return true
}
