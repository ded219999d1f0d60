import type { Payload } from 'payload'
import { bulkWriteContext } from '@arkivi/cms/rebuild'
import { withTransaction } from '../lib/transaction.ts'
import { createSeeder, type SeedLog, type SeedReport } from './seeder.ts'
import * as steps from './steps.ts'

export type { SeedLog, SeedReport } from './seeder.ts'

/** In the order relations need: a step may refer only to records an earlier one seeded. */
const STEPS = [
  steps.seedSubjects,
  steps.seedMunicipalities,
  steps.seedFiles,
  steps.seedOrganizations,
  steps.seedPrograms,
  steps.seedPartners,
  steps.seedArchiveItems,
  steps.linkRelatedItems,
  steps.seedContact,
  steps.seedUsers,
]

/**
 * Seeds the CMS from the source documents. It creates only what is missing (matched by slug,
 * identifier or filename) and never overwrites what exists, so running it again changes nothing
 * and never undoes an editor's work. Everything is written in one transaction: a failure leaves
 * the database as it was.
 */
export function seed(payload: Payload, log: SeedLog = console.log): Promise<SeedReport> {
  return withTransaction(
    payload,
    async (req) => {
      const seeder = createSeeder(payload, req, log)
      for (const step of STEPS) await step(seeder)
      return seeder.report
    },
    // One build after seeding (npm start builds the site next) instead of one per document.
    bulkWriteContext(),
  )
}
