import { CONTENT_ORDER, registry } from '@arkivi/cms/registry'

/**
 * What a backup holds and in which order a restore writes it: the content collections referenced
 * before the ones that refer to them (the registry's order), so every relation points at a
 * document that already exists; then the accounts and the job queue.
 */
export const BACKUP_COLLECTIONS = [
  ...CONTENT_ORDER,
  'users',
  // Pending scheduled publications are content decisions too.
  'payload-jobs',
] as const
export type BackupCollection = (typeof BACKUP_COLLECTIONS)[number]

/** Collections with a version history, which is backed up as well. */
export const VERSIONED_COLLECTIONS = CONTENT_ORDER.filter((slug) => registry[slug]?.versioned)

/**
 * Secrets a backup never holds: a leaked backup must not leak credentials. Restored accounts
 * therefore need a new password (see `npm run user:password`).
 */
export const USER_SECRET_FIELDS = [
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'apiKey',
  'apiKeyIndex',
] as const

export const MANIFEST = 'manifest.json'
export const FORMAT = 'arkivi-backup'
export const FORMAT_VERSION = 1

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  createdAt: string
  database: string
  /** Every entry of the archive but the manifest, with its size and SHA-256. */
  entries: Record<string, { size: number; sha256: string }>
  counts: Record<string, { documents: number; versions: number }>
}
