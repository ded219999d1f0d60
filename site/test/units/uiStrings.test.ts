import { describe, expect, it } from 'vitest'
import { LOCALES } from '@arkivi/content-schemas'
import { dictionaryKeys, useTranslations } from '../../src/i18n/index.ts'

describe('UI strings', () => {
  it('have the same keys in every locale', () => {
    const keys = dictionaryKeys()
    for (const locale of LOCALES) expect(keys[locale], locale).toEqual(keys.en)
  })

  it('fill placeholders and pick plural forms per language', () => {
    expect(useTranslations('en').plural('archive.count', 1)).toBe('1 item')
    expect(useTranslations('en').plural('archive.count', 3)).toBe('3 items')
    expect(useTranslations('sq').plural('archive.count', 1)).toBe('1 artikull')
    expect(useTranslations('sq').plural('archive.count', 5)).toBe('5 artikuj')
    expect(useTranslations('sr').plural('archive.count', 21)).toBe('21 zapis')
    expect(useTranslations('sr').plural('archive.count', 3)).toBe('3 zapisa')
    expect(useTranslations('en')('pagination.status', { page: 2, total: 5 })).toBe('Page 2 of 5')
  })
})
