/**
 * What a backup holds and in which order a restore writes it: referenced collections before the
 * ones that refer to them, so every relation points at a document that already exists.
 */
export const BACKUP_COLLECTIONS = [
  'media',
  'subjects',
  'municipalities',
  'organizations',
  'programs',
  'partners',
  'archive-items',
  'users',
  // Pending scheduled publications are content decisions too.
  'payload-jobs',
] as const
export type BackupCollection = (typeof BACKUP_COLLECTIONS)[number]

/** Collections with drafts, whose version history is backed up as well. */
export const VERSIONED_COLLECTIONS = ['organizations', 'programs', 'partners', 'archive-items'] as const

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
