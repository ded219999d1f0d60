import type { CollectionBeforeOperationHook } from 'payload'
import { userError } from '../../../errors.ts'

/** One reset email per address per minute at most: the link in a newer email replaces the last. */
const INTERVAL_MS = 60_000
const lastRequest = new Map<string, number>()

/**
 * Per-address throttle for forgot-password, in place of Payload's (see ../index.ts). It answers
 * the same for addresses with and without an account, so it tells nobody which ones exist.
 */
export const limitResetRequests: CollectionBeforeOperationHook<'users'> = ({ args, operation }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  const now = Date.now()
  for (const [address, at] of lastRequest) if (now - at >= INTERVAL_MS) lastRequest.delete(address)
  if (lastRequest.has(email)) throw userError('A reset email was sent to this address less than a minute ago.', 429, 'email')
  lastRequest.set(email, now)
  return args
}
