import type { Payload } from 'payload'
import { migrations } from './migrations/index.ts'

/**
 * Brings an SQLite database up to the committed migrations on every start, in development too,
 * so a fresh clone gets its database created by `npm start` with no extra step. Already-applied
 * migrations are skipped; MongoDB needs none.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  // Payload's own `payload migrate` commands initialise with onInit disabled: they never get here.
  if (payload.db.name !== 'sqlite') return
  // Payload's generated migration list is typed for the SQLite adapter's own argument types.
  await payload.db.migrate({ migrations: migrations as unknown as NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations'] })
}
