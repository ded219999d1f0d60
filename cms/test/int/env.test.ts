import { describe, expect, it } from 'vitest'
import { checkServerEnv, parseEnv, serverUrl } from '../../src/env.ts'
import { requestLimits } from '../../src/http/limits.ts'

describe('the CMS environment (cms/src/env.ts)', () => {
  it('has a default for every variable a fresh clone leaves unset, and counts an empty value as unset', () => {
    const defaults = parseEnv({})
    expect(parseEnv({ MAX_UPLOAD_MB: '', CMS_URL: '', BUILD_HOOK_URL: '' })).toEqual(defaults)
    expect(defaults).toMatchObject({
      CMS_PORT: 3000,
      CMS_URL: 'http://localhost:3000',
      MAX_UPLOAD_MB: 25,
      PAYLOAD_JOBS_AUTORUN: true,
      REBUILD_DEBOUNCE_MS: 5000,
      SITE_URL: 'http://localhost:4321',
    })
    expect(defaults.DATABASE_URL).toMatch(/^file:.*cms\/\.data\/arkivi\.db$/)
    expect(parseEnv({ CMS_PORT: '3100' }).CMS_URL).toBe('http://localhost:3100')
    expect(requestLimits(parseEnv({ MAX_JSON_KB: '2', MAX_UPLOAD_MB: '1' }))).toMatchObject({ jsonBytes: 2048, multipartBytes: 2 * 1024 * 1024 })
  })

  it.each([
    [{ MAX_UPLOAD_MB: 'lots' }, 'MAX_UPLOAD_MB="lots" is not a number; expected a number of megabytes above 0'],
    [{ MAX_JSON_KB: '0' }, 'MAX_JSON_KB="0" is not above 0; expected a number of kilobytes above 0'],
    [{ RATE_LIMIT_API: '1.5' }, 'RATE_LIMIT_API="1.5" is not a whole number; expected a whole number of requests a minute'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY="-1" is below 0; expected 0 or the number of proxies'],
    [{ CMS_PORT: '70000' }, 'CMS_PORT="70000" is not a port; expected a port from 1 to 65535'],
    [{ CMS_URL: 'cms.example.org' }, 'CMS_URL="cms.example.org" is not a URL; expected the CMS\'s public URL'],
    [{ PAYLOAD_JOBS_AUTORUN: 'no' }, 'PAYLOAD_JOBS_AUTORUN="no" is neither true nor false; expected true or false'],
    [{ REBUILD_DEBOUNCE_MS: 'soon' }, 'REBUILD_DEBOUNCE_MS="soon" is not a number; expected a number of milliseconds'],
  ])('refuses %o, naming the variable, the problem and the form expected', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
  })

  it('lists every bad value at once', () => {
    expect(() => parseEnv({ MAX_UPLOAD_MB: 'x', RATE_LIMIT_FORMS: 'y' })).toThrow(/MAX_UPLOAD_MB=.*RATE_LIMIT_FORMS=/)
  })

  it('never repeats a secret in its message', () => {
    expect(() => parseEnv({ SMTP_URL: 'user:hunter2@mail' })).toThrow(
      /^Environment: SMTP_URL is not an smtp:\/\/ or smtps:\/\/ URL; expected e\.g\. smtps:\/\/user:password@mail\.example\.org\.$/,
    )
    expect(() => parseEnv({ BUILD_HOOK_URL: 'hook-token-123' })).toThrow(
      /^Environment: BUILD_HOOK_URL is not an http:\/\/ or https:\/\/ URL; expected the Netlify build hook's URL\.$/,
    )
  })

  it('a production start refuses plain http except on this machine, and warns without a build hook', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(() => serverUrl(parseEnv({ ...production, CMS_URL: 'http://cms.example.org' }))).toThrow(/CMS_URL: a production start needs an https:\/\/ address/)
    expect(serverUrl(parseEnv({ ...production, CMS_URL: 'http://[::1]:3000' }))).toBe('http://[::1]:3000')
    expect(checkServerEnv(parseEnv({ ...production, CMS_URL: 'https://cms.example.org' }))).toEqual([
      expect.stringContaining('BUILD_HOOK_URL is not set: publishing will NOT rebuild'),
    ])
    expect(checkServerEnv(parseEnv({ ...production, CMS_URL: 'https://cms.example.org', BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/x' }))).toEqual([])
  })
})
