import { describe, expect, it } from 'vitest'
import { NORMALISATIONS, SUFFIX_GROUPS } from '../../src/lib/search/albanianRules.ts'
import { applyRule, foldWord, stemAlbanian, stemTrace } from '../../src/lib/search/albanianStemmer.ts'
import { indexStems, searchWithStems, stemQuery } from '../../src/lib/search/query.ts'

describe('the Albanian stemmer’s rules', () => {
  for (const group of [...SUFFIX_GROUPS, ...NORMALISATIONS]) {
    describe(group.name, () => {
      it('names its source', () => expect(group.source.length).toBeGreaterThan(20))
      for (const rule of group.rules) {
        const [word, stem] = rule.example
        it(`-${rule.suffix}: ${word} → ${stem}`, () => {
          const trace = stemTrace(word)
          expect(trace.stem).toBe(stem)
          expect(trace.rules, 'this very rule made the stem').toContain(rule)
        })
        it(`-${rule.suffix} leaves a stem of at least ${rule.minStem} letters`, () => {
          // The ending alone, or with too short a stem before it, is not stripped.
          const tooShort = 'b'.repeat(Math.max(0, rule.minStem - 1)) + rule.suffix
          expect(applyRule(rule, tooShort)).toBeUndefined()
        })
      }
    })
  }
})

describe('the Albanian stemmer', () => {
  it('folds diacritics first, so words typed with and without ë and ç meet', () => {
    expect(foldWord('Çështjet')).toBe('ceshtjet')
    expect(stemAlbanian('çështjet')).toBe(stemAlbanian('ceshtjet'))
    expect(stemAlbanian('dhunë')).toBe(stemAlbanian('dhuna'))
    expect(stemAlbanian('dhunës')).toBe('dhun')
  })

  it('brings a place name’s definite and case forms to one stem', () => {
    for (const forms of [
      ['Prishtina', 'Prishtinë', 'Prishtinën', 'Prishtinës', 'prishtine', 'prishtines'],
      ['Gjakova', 'Gjakovë', 'Gjakovën', 'Gjakovës'],
      ['Mitrovica', 'Mitrovicë', 'Mitrovicës'],
      ['Ferizaj', 'Ferizajt', 'Ferizaji'],
      ['Shtime', 'Shtimja', 'Shtimes'],
      ['Podujevë', 'Podujeva', 'Podujevës', 'podujeve'],
      ['Malishevë', 'Malisheva', 'Malishevës'],
      ['Dragash', 'Dragashi', 'Dragashit'],
      ['Pejë', 'Peja', 'Pejës'],
      ['Vushtrri', 'Vushtrria', 'Vushtrrisë'],
    ]) {
      expect(new Set(forms.map(stemAlbanian)), forms.join(', ')).toHaveProperty('size', 1)
    }
  })

  it('brings a noun’s forms to one stem (definite, case, plural)', () => {
    for (const forms of [
      ['program', 'programi', 'programit', 'programin', 'programe', 'programet', 'programeve'],
      ['familje', 'familja', 'familjes', 'familjen', 'familjet', 'familjeve'],
      ['motër', 'motra', 'motrës', 'motrat'],
      ['numër', 'numri', 'numrit', 'numrat'],
      ['shtëpi', 'shtëpia', 'shtëpisë', 'shtëpitë', 'shtëpive'],
    ]) {
      expect(new Set(forms.map(stemAlbanian)), forms.join(', ')).toHaveProperty('size', 1)
    }
  })

  it('leaves short words, numbers and identifiers alone', () => {
    expect(stemAlbanian('dhe')).toBe('dhe')
    expect(stemAlbanian('vit')).toBe('vit')
    expect(stemAlbanian('2020')).toBe('2020')
    expect(stemAlbanian('ark')).toBe('ark')
  })
})

describe('Albanian queries and pages', () => {
  it('stems Albanian queries only, and only when a stem differs from the word', () => {
    expect(stemQuery('Prishtina', 'sq')).toBe('prishtin')
    expect(stemQuery('dhuna në familje', 'sq')).toBe('dhun ne famil')
    expect(stemQuery('program', 'sq')).toBeUndefined()
    expect(stemQuery('Prishtina', 'sr-latn')).toBeUndefined()
    expect(stemQuery('programs', 'en')).toBeUndefined()
  })

  it('gives a page the stems of its words that differ from them, once each', () => {
    expect(indexStems('Programet e Prishtinës, programet në Prishtinë', 'sq')).toEqual(['program', 'prishtin'])
    expect(indexStems('Programet', 'en')).toEqual([])
  })

  it('merges the words as typed and their stems by score, an exact match counting double, each page once', async () => {
    // id → score: "a" matches both ways, "c" only by its stem but in its title.
    const index: Record<string, [string, number][]> = {
      prishtina: [
        ['a', 3],
        ['b', 1],
      ],
      prishtin: [
        ['c', 10],
        ['a', 2],
        ['d', 1.5],
      ],
    }
    const search = async (query: string | null) => ({ results: (index[(query ?? '').toLowerCase()] ?? []).map(([id, score]) => ({ id, score })) })
    // c 10, a 6 (exact 3 × 2), b 2 (exact 1 × 2), d 1.5
    expect((await searchWithStems(search, 'Prishtina', 'sq')).map((result) => result.id)).toEqual(['c', 'a', 'b', 'd'])
    expect((await searchWithStems(search, 'prishtina', 'en')).map((result) => result.id)).toEqual(['a', 'b'])
    // Sorted by date: Pagefind's order of the stems' results, then the exact-only ones.
    expect((await searchWithStems(search, 'Prishtina', 'sq', { sort: { date: 'desc' } })).map((result) => result.id)).toEqual(['c', 'a', 'd', 'b'])
  })
})
