import type { Payload } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { securityHeaders } from '../../src/http/securityHeaders.ts'
import { startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  // A production CMS is served over https; the config reads CMS_URL when it is imported.
  t = await startPayload('session-cookie', { CMS_URL: 'https://cms.arkivi.invalid' })
  payload = t.payload
})
afterAll(async () => t?.cleanup())

describe('a CMS served over https', () => {
  it('sets its session cookie Secure, HttpOnly and SameSite=Lax', () => {
    const cookie = generatePayloadCookie({
      collectionAuthConfig: payload.collections.users.config.auth,
      cookiePrefix: payload.config.cookiePrefix,
      token: 'token',
    })
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
  })

  it('asks browsers to keep to https (HSTS); over http it does not', () => {
    const hsts = (url: string) =>
      securityHeaders(url)
        .flatMap((rule) => rule.headers)
        .filter((header) => header.key === 'Strict-Transport-Security')
    expect(hsts('https://cms.arkivi.invalid').length).toBeGreaterThan(0)
    expect(hsts('http://localhost:3000')).toEqual([])
  })
})
