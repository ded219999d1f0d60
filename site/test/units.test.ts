import { describe, expect, it } from 'vitest'
import { LOCALES } from '@arkivi/content-schemas'
import { dictionaryKeys, useTranslations } from '../src/i18n/index.ts'
import { alternates, localePath, splitLocale } from '../src/i18n/routes.ts'
import { decadeOf, formatApaDate, formatPartialDate, machineDate } from '../src/lib/dates.ts'
import { pickLocalized } from '../src/lib/localize.ts'
import { fileSlug, formatFileSize, mediaSourceUrl } from '../src/lib/media.ts'
import { richTextToPlain } from '../src/lib/richText.ts'
import { searchAliases } from '../src/lib/searchAliases.ts'

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

describe('routes', () => {
  it('put every page at the same path in each locale', () => {
    expect(alternates('items/ark-1/')).toEqual([
      { locale: 'sq', href: '/sq/items/ark-1/' },
      { locale: 'sr', href: '/sr/items/ark-1/' },
      { locale: 'en', href: '/en/items/ark-1/' },
    ])
    expect(localePath('sr', '')).toBe('/sr/')
    expect(splitLocale('/en/archive/page/2/')).toEqual({ locale: 'en', path: 'archive/page/2/' })
    expect(splitLocale('/pagefind/x')).toBeNull()
  })
})

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

describe('rich text', () => {
  it('gives its plain text, paragraph by paragraph', () => {
    const value = {
      root: {
        type: 'root' as const,
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'One ' }, { type: 'text', text: 'two.', format: 1 }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Item' }] }] },
        ],
      },
    }
    expect(richTextToPlain(value)).toBe('One two.\nItem')
  })
})

describe('dates', () => {
  it('are written as precisely as they are known, in each language, never shifted by time zones', () => {
    const month = { value: '2013-07-01T00:00:00.000Z', precision: 'month' as const }
    expect(formatPartialDate(month, 'en')).toBe('July 2013')
    expect(formatPartialDate(month, 'sq')).toBe('korrik 2013')
    expect(formatPartialDate(month, 'sr')).toMatch(/^jul 2013/)
    expect(formatPartialDate({ value: '2020-01-01T00:00:00.000Z', precision: 'year' }, 'en')).toBe('2020')
    expect(formatApaDate(month, 'en')).toBe('2013, July')
    expect(machineDate(month)).toBe('2013-07')
    expect(decadeOf('2019-12-31T00:00:00.000Z')).toBe(2010)
  })
})

describe('search spellings', () => {
  it('add the usual spellings of đ ("dj", "d"), which Pagefind does not derive; nothing for letters with marks', () => {
    expect(searchAliases('Đakovica i Gračanica, Fushë Kosovë')).toEqual(['dakovica', 'djakovica'])
    expect(searchAliases('Plain ASCII text')).toEqual([])
  })
})

describe('media', () => {
  it('are read through the CMS address the build uses, and published under plain names', () => {
    expect(mediaSourceUrl({ id: 1, url: '/api/media/file/a.png' }, 'http://cms:3000')).toBe('http://cms:3000/api/media/file/a.png')
    expect(mediaSourceUrl({ id: 1, url: 'https://cms.public.example/api/media/file/a.png' }, 'http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/api/media/file/a.png')
    expect(() => mediaSourceUrl({ id: 7, url: 'https://bucket.example/a.png' }, 'http://cms:3000')).toThrow(/media id=7: its file is served from https:\/\/bucket\.example/)
    expect(fileSlug('MPTF factsheet (final).PDF')).toBe('mptf-factsheet-final.pdf')
    expect(formatFileSize(1405, 'en')).toBe('1.4 kB')
    expect(formatFileSize(1405, 'sq')).toMatch(/^1,4\s?kB$/)
    expect(formatFileSize(2_500_000, 'en')).toBe('2.5 MB')
  })
})

describe('archive listings', () => {
  it('paginate every filter in both orders, with plain paths', async () => {
    const { allListings, ITEMS_PER_PAGE } = await import('../src/lib/listings.ts')
    const subject = { id: 1, slug: 'covid-19', name: { sq: 'COVID-19', sr: 'COVID-19', en: 'COVID-19' } }
    const items = Array.from({ length: 45 }, (_, i) => ({
      identifier: `ARK-${i}`,
      type: i % 2 ? 'Text' : 'StillImage',
      decade: i < 40 ? 2010 : 2020,
      date: { value: `${2010 + Math.floor(i / 4)}-01-01T00:00:00.000Z` },
      subjectDocs: i < 5 ? [subject] : [],
      municipalityDoc: null,
    }))
    const data = { itemsByNewest: [...items].reverse(), itemsByOldest: items } as never
    const listings = allListings(data)
    const paths = listings.map((listing) => listing.path)
    expect(ITEMS_PER_PAGE).toBe(20)
    expect(paths).toEqual(
      expect.arrayContaining([
        'archive/',
        'archive/page/2/',
        'archive/page/3/',
        'archive/oldest/',
        'archive/oldest/page/3/',
        'archive/type/still-image/',
        'archive/type/text/page/2/',
        'archive/decade/2010s/page/2/',
        'archive/decade/2020s/oldest/',
        'archive/subject/covid-19/',
      ]),
    )
    expect(paths).not.toContain('archive/page/4/')
    expect(new Set(paths).size).toBe(paths.length)
    const last = listings.find((listing) => listing.path === 'archive/page/3/')!
    expect(last).toMatchObject({ page: 3, totalPages: 3, total: 45 })
    expect(last.items.map((item) => (item as { identifier: string }).identifier)).toEqual(['ARK-4', 'ARK-3', 'ARK-2', 'ARK-1', 'ARK-0'])
    expect(last.base('oldest')).toBe('archive/oldest/')
  })
})
