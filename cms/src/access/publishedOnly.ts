import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Staff read everything; the public reads published documents only. */
export const publishedOnly: Access = ({ req }) => {
  if (roleOf(req) !== null) return true
  return { _status: { equals: 'published' } }
}
