import { createHash } from 'node:crypto'
import { SignJWT } from 'jose'
import { describe, expect, inject, it } from 'vitest'
import { TEST_BUILD_REPORT_SECRET } from '../../../scripts/lib/testCms.ts'
import { demoPassword } from '../../../scripts/seed/users.ts'

const cmsUrl = inject('cmsUrl')

/** A deploy notification signed the way Netlify signs them (JWS, HS256, body hash claim). */
async function notify(deploy: Record<string, unknown>, secret = TEST_BUILD_REPORT_SECRET) {
  const body = JSON.stringify(deploy)
  const signature = await new SignJWT({ sha256: createHash('sha256').update(body).digest('hex') })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('netlify')
    .sign(new TextEncoder().encode(secret))
  return fetch(`${cmsUrl}/api/globals/site-build/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-webhook-signature': signature },
    body,
  })
}

async function buildStatus() {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@arkivi.test', password: demoPassword() }),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${cmsUrl}/api/globals/site-build`, { headers: { authorization: `JWT ${token}` } })
  return (await response.json()) as Record<string, unknown>
}

describe('deploy notifications (signed as Netlify signs them)', () => {
  it('records a failed and then a successful deploy in the admin', async () => {
    expect((await notify({ state: 'error', error_message: 'Build script returned non-zero exit code: 2' })).status).toBe(200)
    expect(await buildStatus()).toMatchObject({ status: 'failed', error: 'Build script returned non-zero exit code: 2' })
    const published = '2026-11-22T10:00:00.000Z'
    expect((await notify({ state: 'ready', published_at: published, deploy_time: 42 })).status).toBe(200)
    expect(await buildStatus()).toMatchObject({ status: 'succeeded', lastSuccessAt: published, durationMs: 42000, error: null })
  })

  it('refuses an unsigned or wrongly signed notification', async () => {
    expect((await notify({ state: 'ready' }, 'not-the-secret')).status).toBe(401)
    const unsigned = await fetch(`${cmsUrl}/api/globals/site-build/report`, { method: 'POST', body: '{"state":"ready"}' })
    expect(unsigned.status).toBe(401)
  })

  it('keeps the build status from the public', async () => {
    expect((await fetch(`${cmsUrl}/api/globals/site-build`)).status).toBe(403)
  })
})
