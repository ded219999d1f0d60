import { describe, expect, it } from 'vitest'
import { pickLocalized } from '../../src/lib/localize.ts'

describe('localized values', () => {
  it('fall back to Albanian, then the other language, and say so', () => {
    const value = { sq: 'Tekst', sr: null, en: '  ' }
    expect(pickLocalized(value, 'sq')).toEqual({ value: 'Tekst', locale: 'sq', fallback: false, lang: 'sq' })
    expect(pickLocalized(value, 'en')).toEqual({ value: 'Tekst', locale: 'sq', fallback: true, lang: 'sq' })
    expect(pickLocalized({ sq: null, sr: 'Tekst', en: null }, 'en')).toMatchObject({ locale: 'sr', lang: 'sr-Latn', fallback: true })
    expect(pickLocalized({ sq: null, sr: null, en: null }, 'en')).toBeNull()
    const emptyRichText = { root: { type: 'root' as const, children: [{ type: 'paragraph', children: [] }] } }
    expect(pickLocalized({ sq: emptyRichText, sr: null, en: null }, 'sq')).toBeNull()
  })
})
