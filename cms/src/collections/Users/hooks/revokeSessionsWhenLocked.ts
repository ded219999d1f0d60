import type { CollectionBeforeReadHook } from 'payload'

type StoredUser = { id: number | string; lockUntil?: string | Date | null; sessions?: unknown[] | null }

/**
 * A locked account loses every session it had, not only those of the last 20 seconds (Payload's
 * own rule): whoever holds a stolen session while someone guesses the password must be signed
 * out too. The lock is written by Payload's login without hooks, so this runs where every session
 * check reads the user (the JWT strategy's findByID), and removes the sessions for good, so they
 * do not come back when the lock expires.
 */
export const revokeSessionsWhenLocked: CollectionBeforeReadHook = async ({ doc, req }) => {
  const user = doc as StoredUser
  const locked = user.lockUntil && new Date(user.lockUntil).getTime() > Date.now()
  if (!locked || !user.sessions?.length) return doc
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions: [] }, req, returning: false })
  return { ...doc, sessions: [] }
}
