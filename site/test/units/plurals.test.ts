import { describe, expect, it } from 'vitest'
import { LOCALES, LOCALE_INFO } from '@arkivi/content-schemas'
import { useTranslations } from '../../src/i18n/index.ts'
import { PLURAL_CATEGORIES } from '../../src/i18n/types.ts'

const COUNTS = [0, 1, 2, 5, 21, 22, 25, 101]

describe('plural forms', () => {
  it.each(LOCALES)('%s: the dictionary names the categories its language has', (locale) => {
    const categories = new Intl.PluralRules(LOCALE_INFO[locale].bcp47).resolvedOptions().pluralCategories
    expect([...PLURAL_CATEGORIES[locale]].sort()).toEqual([...categories].sort())
    const t = useTranslations(locale)
    for (const key of ['archive.count', 'search.results'] as const) expect(Object.keys(t.forms(key)).sort(), key).toEqual([...categories].sort())
  })

  it('are chosen per language for counts 0, 1, 2, 5, 21, 22, 25 and 101', () => {
    const counts = (locale: (typeof LOCALES)[number]) => COUNTS.map((count) => useTranslations(locale).plural('archive.count', count))
    expect(counts('en')).toEqual(['0 items', '1 item', '2 items', '5 items', '21 items', '22 items', '25 items', '101 items'])
    expect(counts('sq')).toEqual(['0 artikuj', '1 artikull', '2 artikuj', '5 artikuj', '21 artikuj', '22 artikuj', '25 artikuj', '101 artikuj'])
    expect(counts('sr')).toEqual(['0 zapisa', '1 zapis', '2 zapisa', '5 zapisa', '21 zapis', '22 zapisa', '25 zapisa', '101 zapis'])
  })

  it('pick the Serbian "few" form where the rules say so, with the other values filled in', () => {
    const t = useTranslations('sr')
    expect(t.plural('search.results', 22, { query: 'kuća' })).toBe('22 rezultata za „kuća“.')
    expect(t.plural('search.results', 101, { query: 'kuća' })).toBe('101 rezultat za „kuća“.')
    expect(useTranslations('en').plural('search.results', 1, { query: 'pride' })).toBe('1 result for “pride”.')
  })
})
