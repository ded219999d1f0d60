import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { env } from './env.ts'
import { indexRowsByParent } from './parentIndexes.ts'
import { createNodeSqliteClient } from './sqlite/client.ts'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** How long a write waits for another (the seed, the server and the rebuild runner may write at once). */
const BUSY_TIMEOUT_MS = 10_000

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a `DATABASE_URL` selects; anything unrecognised is an error, not a guess. */
export function databaseKind(url: string): DatabaseKind {
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (url.startsWith('file:')) return 'sqlite'
  const scheme = url.split(':')[0]
  throw new Error(`DATABASE_URL: expected a mongodb://, mongodb+srv:// or file: URL, got a "${scheme}:" URL.`)
}

/**
 * The database adapter for `DATABASE_URL`. SQLite never pushes schema changes implicitly: the
 * committed migrations in `src/migrations` create and upgrade it on start (see migrate.ts).
 */
export function databaseAdapter(url = env().DATABASE_URL): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') return mongooseAdapter({ url })
  const adapter = sqliteAdapter({
    client: { url },
    push: false,
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
    // Without this the SQLite adapter silently runs without transactions; the seed and the
    // importer rely on all-or-nothing writes.
    transactionOptions: {},
    beforeSchemaInit: [indexRowsByParent],
  })
  // The adapter opens its client only when it has none: it gets ours, on node:sqlite (see
  // sqlite/client.ts for why), instead of libsql's.
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      Object.assign(db, { client: createNodeSqliteClient({ path: sqlitePath(url), busyTimeoutMs: BUSY_TIMEOUT_MS }) })
      return db
    },
  }
}

/** The file a `file:` URL names (`file:/abs.db`, `file:///abs.db` or `file:relative.db`). */
export function sqlitePath(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length)
}
