import { describe, expect, it } from 'vitest'
import { foldDiacritics, identifierSlug, slugify } from '../index.ts'

describe('slugify', () => {
  it('makes ASCII slugs from Albanian and Serbian names', () => {
    expect(slugify('Fushë Kosovë')).toBe('fushe-kosove')
    expect(slugify('Graçanicë')).toBe('gracanice')
    expect(slugify('Đakovica')).toBe('djakovica')
    expect(slugify('StillImage')).toBe('still-image')
  })

  it('keeps accession numbers whole', () => {
    expect(identifierSlug('ARK-E2E-0001')).toBe('ark-e2e-0001')
    expect(identifierSlug('ARK-SAMPLE-0001')).toBe('ark-sample-0001')
    expect(slugify('  Programi për mbështetje! ')).toBe('programi-per-mbeshtetje')
  })
})

describe('foldDiacritics', () => {
  it('folds every diacritic people leave out when typing', () => {
    expect(foldDiacritics('ë ç č ć š ž đ Ë Ç Č Ć Š Ž Đ')).toBe('e c c c s z dj E C C C S Z Dj')
  })

  it('leaves plain text alone', () => {
    expect(foldDiacritics('Prishtina 2013')).toBe('Prishtina 2013')
  })
})
