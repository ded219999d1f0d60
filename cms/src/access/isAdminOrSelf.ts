import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Admins see and edit every user; anyone else only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
