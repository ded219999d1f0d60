import type { UserRole } from '@arkivi/content-schemas'
import type { PayloadRequest } from 'payload'

/** The role of the request's user, or null for an anonymous visitor. */
export function roleOf(req: PayloadRequest): UserRole | null {
  const user = req.user as { collection?: string; role?: UserRole } | null | undefined
  if (!user || user.collection !== 'users') return null
  return user.role ?? null
}
