import type { Access, FieldAccess } from 'payload'
import { roleOf } from './roles.ts'

/** Any signed-in user with a role: admin, editor or contributor. */
export const isStaff: Access = ({ req }) => roleOf(req) !== null

/** Field-level twin of `isStaff`: hides staff-only fields from every anonymous read. */
export const isStaffField: FieldAccess = ({ req }) => roleOf(req) !== null
