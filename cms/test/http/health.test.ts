import { describe, expect, it } from 'vitest'
import { cmsUrl, newClient } from './lib/client.ts'

describe('GET /api/health', () => {
  it('answers 200 naming each check and nothing else (the test CMS runs no job runner)', async () => {
    const response = await fetch(`${cmsUrl}/api/health`, { headers: newClient() })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toStrictEqual({ status: 'ok', database: 'ok', migrations: 'ok', jobs: 'off' })
  })

  it('is rate-limited like the rest of /api', async () => {
    const client = newClient()
    const statuses: number[] = []
    for (let i = 0; i < 620; i += 1) statuses.push((await fetch(`${cmsUrl}/api/health`, { headers: client })).status)
    // RATE_LIMIT_API's default: 600 a minute, the 601st refused.
    expect(statuses.indexOf(429)).toBe(600)
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true)
  })
})
