import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, isLocale } from '../index.ts'

describe('locales', () => {
  it('are Albanian (default), Serbian Latin and English', () => {
    expect(LOCALES).toEqual(['sq', 'sr', 'en'])
    expect(DEFAULT_LOCALE).toBe('sq')
  })

  it('declare Serbian as Latin script in BCP 47', () => {
    expect(LOCALE_INFO.sr.bcp47).toBe('sr-Latn')
    expect(LOCALE_INFO.sq.bcp47).toBe('sq')
    expect(LOCALE_INFO.en.bcp47).toBe('en')
  })

  it('recognise only the three locale codes', () => {
    expect(isLocale('sr')).toBe(true)
    expect(isLocale('sr-Latn')).toBe(false)
    expect(isLocale('de')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})
