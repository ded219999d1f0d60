import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Editors and admins: may publish, unpublish and delete content. */
export const isEditor: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'editor' || role === 'admin'
}
