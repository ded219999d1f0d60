import { describe, expect, it } from 'vitest'

describe('archive listings', () => {
  it('paginate every filter in both orders, with plain paths', async () => {
    const { allListings, ITEMS_PER_PAGE } = await import('../../src/lib/listings.ts')
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

  it('offer a municipality filter named in each language, alphabetically, with its items', async () => {
    const { allListings, facetValuesFor } = await import('../../src/lib/listings.ts')
    const { useTranslations } = await import('../../src/i18n/index.ts')
    const gjakove = { id: 1, slug: 'gjakove', nameSq: 'Gjakovë', nameSr: 'Đakovica', displayName: { sq: 'Gjakovë', sr: 'Đakovica', en: 'Gjakovë' } }
    const fushe = {
      id: 2,
      slug: 'fushe-kosove',
      nameSq: 'Fushë Kosovë',
      nameSr: 'Kosovo Polje',
      displayName: { sq: 'Fushë Kosovë', sr: 'Kosovo Polje', en: 'Fushë Kosovë' },
    }
    const items = [gjakove, fushe, gjakove, null].map((municipalityDoc, i) => ({
      identifier: `ARK-${i}`,
      type: 'Text',
      decade: 2020,
      date: { value: '2020-01-01T00:00:00.000Z' },
      subjectDocs: [],
      municipalityDoc,
    }))
    const data = { itemsByNewest: items, itemsByOldest: [...items].reverse() } as never
    const named = (locale: 'sq' | 'sr' | 'en') =>
      facetValuesFor(data, locale, useTranslations(locale)).municipality.map((value) => [value.label(locale, useTranslations(locale)), value.newest.length])
    expect(named('sq')).toEqual([
      ['Fushë Kosovë', 1],
      ['Gjakovë', 2],
    ])
    expect(named('sr')).toEqual([
      ['Đakovica', 2],
      ['Kosovo Polje', 1],
    ])
    const paths = allListings(data).map((listing) => listing.path)
    expect(paths).toEqual(expect.arrayContaining(['archive/municipality/gjakove/', 'archive/municipality/fushe-kosove/oldest/']))
  })
})
