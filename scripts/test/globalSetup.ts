import { randomBytes } from 'node:crypto'
import { buildCms } from '../lib/cms.ts'

/**
 * Builds the CMS's Next.js app once before the files run: several of them start a CMS, in
 * parallel, and two builds writing cms/.next at once would break each other. The build loads the
 * CMS's config, which wants a production-grade secret; the servers get their own at start.
 */
export default async function setup() {
  await buildCms({ ...process.env, PAYLOAD_SECRET: randomBytes(32).toString('hex') })
}
