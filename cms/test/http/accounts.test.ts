import { inject, describe, expect, it } from 'vitest'
import { demoPassword } from '../../../scripts/seed/users.ts'
import { resetLinkIn } from '../lib/mail.ts'
import { cmsUrl, getJson, login, newClient, sendJson } from './lib/client.ts'

const mailDir = inject('cmsMailDir')

/** Whether a session token still signs its holder in. */
async function signedIn(auth: Record<string, string>): Promise<boolean> {
  const { body } = await getJson('/api/users/me', auth)
  return Boolean((body as { user: unknown } | null)?.user)
}

async function createUser(admin: Record<string, string>, email: string, role = 'contributor') {
  const { status, body } = await sendJson('POST', '/api/users', { email, password: demoPassword(), role, name: email }, admin)
  expect(status, JSON.stringify(body)).toBe(201)
}

/** A new account of its own, signed in (checked): the admin's headers and the account's session. */
async function signedInNewUser(email: string) {
  const admin = await login('admin')
  await createUser(admin, email)
  const { auth } = await loginAs(email)
  expect(await signedIn(auth)).toBe(true)
  return { admin, auth }
}

async function loginAs(email: string, password = demoPassword(), client = newClient()) {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...client },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  return { status: response.status, auth: { authorization: `JWT ${body.token}`, ...newClient() } }
}

/** The reset link in the newest message to `to` in the CMS's mail folder. */
function resetLinkSentTo(to: string): string {
  const link = resetLinkIn(mailDir, to)
  if (!link) throw new Error(`no reset email to ${to} in ${mailDir}`)
  return link
}

describe('accounts', () => {
  it('only an admin unlocks an account', async () => {
    const contributor = await login('contributor')
    const asContributor = await sendJson('POST', '/api/users/unlock', { email: 'editor@arkivi.test' }, contributor)
    expect(asContributor.status).toBe(403)
    const editor = await login('editor')
    expect((await sendJson('POST', '/api/users/unlock', { email: 'contributor@arkivi.test' }, editor)).status).toBe(403)
    const admin = await login('admin')
    expect((await sendJson('POST', '/api/users/unlock', { email: 'contributor@arkivi.test' }, admin)).status).toBe(200)
  })

  it('a lock ends the sessions issued before it, also after an admin unlocks the account', async () => {
    const email = 'locked-out@arkivi.test'
    const { admin, auth } = await signedInNewUser(email)
    // The session is older than Payload's own 20-second window, which is all it would end.
    await new Promise((resolve) => setTimeout(resolve, 21_000))
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await loginAs(email, 'wrong-password')).status).toBe(401)
    expect(await signedIn(auth)).toBe(false)
    expect((await sendJson('POST', '/api/users/unlock', { email }, admin)).status).toBe(200)
    expect(await signedIn(auth)).toBe(false)
    expect((await loginAs(email)).status).toBe(200)
  }, 60_000)

  it('a password change ends every session issued before it', async () => {
    const email = 'changed-password@arkivi.test'
    const { admin, auth } = await signedInNewUser(email)
    const { body: found } = await getJson(`/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, admin)
    const id = (found as { docs: { id: number }[] }).docs[0].id
    expect((await sendJson('PATCH', `/api/users/${id}`, { password: 'a-new-password-2026' }, admin)).status).toBe(200)
    expect(await signedIn(auth)).toBe(false)
    expect((await loginAs(email, 'a-new-password-2026')).status).toBe(200)
  })

  it('forgot-password sends a reset link by mail (SQLite, no "database is locked"), and the link sets a new password', async () => {
    const admin = await login('admin')
    const email = 'forgetful@arkivi.test'
    await createUser(admin, email)
    const asked = await sendJson('POST', '/api/users/forgot-password', { email }, {})
    expect(asked.status, JSON.stringify(asked.body)).toBe(200)
    const link = resetLinkSentTo(email)
    expect(link.startsWith(`${cmsUrl}/admin/reset/`)).toBe(true)
    const token = link.split('/').at(-1)
    const reset = await sendJson('POST', '/api/users/reset-password', { token, password: 'reset-password-2026' }, {})
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await loginAs(email, 'reset-password-2026')).status).toBe(200)
    // The same answer for an address with no account: nobody learns which exist.
    expect((await sendJson('POST', '/api/users/forgot-password', { email: 'nobody-here@arkivi.test' }, {})).status).toBe(200)
    // A second request within a minute is refused, whether or not the address has an account.
    expect((await sendJson('POST', '/api/users/forgot-password', { email }, {})).status).toBe(429)
    expect((await sendJson('POST', '/api/users/forgot-password', { email: 'nobody-here@arkivi.test' }, {})).status).toBe(429)
  })

  it('rate-limits sign-in attempts per client', async () => {
    const client = newClient()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 25; attempt += 1) statuses.push((await loginAs('nobody@arkivi.test', 'x', client)).status)
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true)
    // Other clients still sign in.
    expect((await loginAs('editor@arkivi.test')).status).toBe(200)
  })
})
