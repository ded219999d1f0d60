import { describe, expect, it } from 'vitest'
import { parseEnv } from '../src/config.ts'

describe('the site build environment (site/src/config.ts)', () => {
  it('has a default for every variable, and takes Netlify’s URL for an unset SITE_URL', () => {
    expect(parseEnv({ CMS_URL: '' })).toEqual({
      CMS_URL: 'http://localhost:3000',
      SITE_URL: 'http://localhost:4321',
      QUICK_EXIT_URL: 'https://www.bbc.com/weather',
      ARKIVI_OUT_DIR: 'dist',
    })
    expect(parseEnv({ URL: 'https://arkivi.netlify.app' }).SITE_URL).toBe('https://arkivi.netlify.app')
    expect(parseEnv({ URL: 'https://arkivi.netlify.app', SITE_URL: 'https://arkivi.example.org/' }).SITE_URL).toBe('https://arkivi.example.org')
  })

  it.each([
    [{ CMS_URL: 'cms.example.org' }, 'CMS_URL="cms.example.org" is not an http:// or https:// URL.'],
    [{ QUICK_EXIT_URL: 'javascript:history.back()' }, 'QUICK_EXIT_URL="javascript:history.back()" is not an http:// or https:// URL.'],
    [{ URL: 'ftp://arkivi.example.org' }, 'SITE_URL="ftp://arkivi.example.org" is not an http:// or https:// URL.'],
  ])('refuses %o, naming the variable, the problem and the form expected', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
  })
})
