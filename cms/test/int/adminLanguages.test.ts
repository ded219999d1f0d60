import { describe, expect, it } from 'vitest'
import { adminLanguageFor } from '../../src/i18n/adminLanguages.ts'

describe('admin language from Accept-Language', () => {
  it.each([
    ['sr-Latn-RS,sr;q=0.9,en;q=0.5', 'rs-latin'],
    ['sr', 'rs-latin'],
    ['bs-BA,hr;q=0.7', 'rs-latin'],
    ['en-GB,en;q=0.9', 'en'],
    ['sq-AL,sq;q=0.9,en;q=0.5', 'sq'],
    ['de-DE,en;q=0.4', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(adminLanguageFor(header)).toBe(expected)
  })

  it('leaves unknown languages and a missing header to Payload', () => {
    expect(adminLanguageFor('de-DE,fr;q=0.5')).toBeNull()
    expect(adminLanguageFor(null)).toBeNull()
  })
})
