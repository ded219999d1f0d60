import type { Access, Where } from 'payload'
import { roleOf } from './roles.ts'

/** Staff read everything; the public reads archive items that are both published and public. */
export const publishedAndPublic: Access = ({ req }) => {
  if (roleOf(req) !== null) return true
  const publicOnly: Where = {
    and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
  }
  return publicOnly
}
