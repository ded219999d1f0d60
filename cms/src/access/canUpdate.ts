import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/**
 * Update for versioned collections. Editors and admins may change anything. Contributors may
 * edit documents that are not published and may not publish them: publishing, unpublishing and
 * changing what is live are editorial decisions.
 */
export const canUpdate: Access = ({ req, data }) => {
  const role = roleOf(req)
  if (role === null) return false
  if (role !== 'contributor') return true
  if (data?._status === 'published') return false
  return { _status: { not_equals: 'published' } }
}
