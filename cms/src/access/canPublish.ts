import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Editors and admins, the roles that decide what the public sees: publish, unpublish, delete. */
export const canPublish: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'editor' || role === 'admin'
}
