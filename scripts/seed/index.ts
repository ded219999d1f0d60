/**
 * `npm run seed [-- --if-empty]`: seeds the CMS database (see seed.ts); safe to run any number
 * of times. The database is created and migrated first if it does not exist.
 */
import { getCmsPayload } from '../lib/payload.ts'
import { seed } from './seed.ts'

const ifEmpty = process.argv.includes('--if-empty')
const payload = await getCmsPayload()
try {
  // `--if-empty` (used by `npm start`) seeds a new database only, so content an editor has
  // deliberately deleted is not brought back on every start.
  const existing = await payload.count({ collection: 'organizations', overrideAccess: true })
  if (ifEmpty && existing.totalDocs > 0) {
    console.log(`seed: skipped, the database already has content (${existing.totalDocs} organizations)`)
    process.exit()
  }
  const report = await seed(payload)
  for (const [collection, { created, existing }] of Object.entries(report)) {
    console.log(`seed: ${collection.padEnd(15)} ${String(created).padStart(3)} created, ${String(existing).padStart(3)} already present`)
  }
} catch (error) {
  const details = (error as { data?: unknown })?.data
  console.error(`seed failed, nothing was written: ${error instanceof Error ? error.message : error}${details ? `\n${JSON.stringify(details, null, 2)}` : ''}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
  // Payload's job scheduler and database client keep handles open after destroy().
  process.exit()
}
