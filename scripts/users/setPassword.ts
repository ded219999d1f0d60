/**
 * `npm run user:password -- <email>`: sets a new password for a staff account, read from the
 * terminal (or from NEW_PASSWORD), e.g. after a restore, which brings users back without one.
 */
import { createInterface } from 'node:readline/promises'
import { env } from '../lib/env.ts'
import { getCmsPayload } from '../lib/payload.ts'

const email = process.argv[2]
if (!email) {
  console.error('usage: npm run user:password -- <email>')
  process.exit(2)
}
const password = env().NEW_PASSWORD ?? (await createInterface({ input: process.stdin, output: process.stdout }).question(`New password for ${email}: `))
if (password.length < 12) {
  console.error('user:password: use at least 12 characters')
  process.exit(2)
}
const payload = await getCmsPayload()
let exitCode = 0
try {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`no user with email ${email}`)
  await payload.update({ collection: 'users', id: docs[0].id, data: { password, loginAttempts: 0, lockUntil: null }, overrideAccess: true })
  console.log(`user:password: password set for ${email}`)
} catch (error) {
  console.error(`user:password failed: ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  await payload.destroy()
  process.exit(exitCode)
}
