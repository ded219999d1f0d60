import { generatePayloadCookie } from 'payload/shared'
import { describe, expect, it } from 'vitest'
import { securityHeaders } from '../../src/http/securityHeaders.ts'
import { payloadForFile } from './setup.ts'

// A production CMS is served over https; the config reads CMS_URL when it is imported.
const t = payloadForFile('session-cookie', { CMS_URL: 'https://cms.arkivi.invalid' })

describe('a CMS served over https', () => {
  it('sets its session cookie Secure, HttpOnly and SameSite=Lax', () => {
    const cookie = generatePayloadCookie({
      collectionAuthConfig: t.payload.collections.users.config.auth,
      cookiePrefix: t.payload.config.cookiePrefix,
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
