import type { UserRole } from '@arkivi/content-schemas'
import { isProduction } from '@arkivi/cms/env'
import type { Payload, PayloadRequest } from 'payload'
import { env } from '../lib/env.ts'

/** The demo accounts `npm start` prints, one per role. Never created in production. */
export const DEMO_USERS: { email: string; name: string; role: UserRole }[] = [
  { email: 'admin@arkivi.test', name: 'Demo admin', role: 'admin' },
  { email: 'editor@arkivi.test', name: 'Demo editor', role: 'editor' },
  { email: 'contributor@arkivi.test', name: 'Demo contributor', role: 'contributor' },
]

/** The demo password (`DEMO_PASSWORD`), the same for the three demo accounts. */
export function demoPassword(): string {
  return env().DEMO_PASSWORD
}

export async function seedDemoUsers(payload: Payload, req: PayloadRequest, log: (line: string) => void) {
  const counts = { created: 0, existing: 0 }
  if (isProduction()) return counts
  for (const user of DEMO_USERS) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (found.docs.length > 0) {
      counts.existing += 1
      continue
    }
    await payload.create({ collection: 'users', data: { ...user, password: demoPassword() }, overrideAccess: true, req })
    counts.created += 1
    log(`seed: users "${user.email}" created (${user.role})`)
  }
  return counts
}
