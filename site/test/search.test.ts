import { LOCALES, LOCALE_INFO, type Locale } from '@arkivi/content-schemas'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeEntities, distDir, readDist } from './lib/dist.ts'
import { stemAlbanian } from '../src/lib/search/albanianStemmer.ts'
import { loadPagefind, type LanguageSearch } from './lib/pagefind.ts'
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/staticSite.ts'

/**
 * Pagefind's real search (the site's own built pagefind.js and WebAssembly, run in Node) on the
 * built index of each language: queries typed with and without diacritics find the same pages.
 */
const CASES: Record<Locale, { queries: string[]; expect: string }[]> = {
  sq: [
    { queries: ['Fushë Kosovë', 'fushe kosove', 'FUSHE KOSOVE'], expect: '/sq/municipalities/fushe-kosove/' },
    { queries: ['Graçanicë', 'gracanice'], expect: '/sq/municipalities/gracanice/' },
    { queries: ['mbështetje', 'mbeshtetje'], expect: '/sq/programs/support-program/' },
    // Prefixes still find longer forms (mbështet → mbështetje, mbështetës) in Pagefind's own search.
    { queries: ['mbeshtet', 'mbështet'], expect: '/sq/programs/support-program/' },
    { queries: ['themelimi', 'themelim'], expect: '/sq/items/ark-sample-0001/' },
    { queries: ['dhuna në familje', 'dhuna ne familje'], expect: '/sq/items/ark-sample-0002/' },
    { queries: ['Gjakovë', 'gjakove', 'Đakovica', 'Djakovica', 'Dakovica'], expect: '/sq/municipalities/gjakove/' },
    { queries: ['mekanizmi i referimit', 'mekanizem referimi'], expect: '/sq/items/ark-sample-0006/' },
  ],
  sr: [
    { queries: ['Gračanica', 'gracanica'], expect: '/sr/municipalities/gracanice/' },
    { queries: ['Đakovica', 'Djakovica', 'djakovica', 'Dakovica'], expect: '/sr/municipalities/gjakove/' },
    { queries: ['nasilje u porodici'], expect: '/sr/items/ark-sample-0002/' },
    { queries: ['rodno zasnovano', 'rodno zasnovano nasilje'], expect: '/sr/programs/un-joint-covid-19-project/' },
    { queries: ['podrška', 'podrska'], expect: '/sr/programs/support-program/' },
    { queries: ['Uroševac', 'urosevac'], expect: '/sr/municipalities/ferizaj/' },
    { queries: ['Obilić', 'obilic'], expect: '/sr/municipalities/obiliq/' },
    { queries: ['Kosovo Polje', 'kosovo polje'], expect: '/sr/municipalities/fushe-kosove/' },
    { queries: ['socijalna zaštita', 'socijalna zastita'], expect: '/sr/items/ark-sample-0003/' },
    { queries: ['žene u skloništima', 'zene u sklonistima'], expect: '/sr/programs/un-joint-covid-19-project/' },
  ],
  en: [
    { queries: ['Fushë Kosovë', 'fushe kosove'], expect: '/en/municipalities/fushe-kosove/' },
    { queries: ['Gračanica', 'Gracanica', 'Graçanicë', 'gracanice'], expect: '/en/municipalities/gracanice/' },
    { queries: ['Đakovica', 'Djakovica', 'Dakovica', 'gjakove'], expect: '/en/municipalities/gjakove/' },
    { queries: ['domestic violence'], expect: '/en/items/ark-sample-0002/' },
    { queries: ['referral mechanism'], expect: '/en/items/ark-sample-0006/' },
    { queries: ['founding of CEL', 'founding'], expect: '/en/items/ark-sample-0001/' },
    { queries: ['Arkivi i Lëvizjes', 'arkivi i levizjes'], expect: '/en/items/ark-sample-0001/' },
  ],
}

describe('search on the built Pagefind index', () => {
  let server: StaticServer
  const searches = {} as Record<Locale, LanguageSearch>
  beforeAll(async () => {
    server = await serveBuiltSite(distDir())
    for (const locale of LOCALES) searches[locale] = await loadPagefind(distDir(), server.origin, LOCALE_INFO[locale].bcp47.toLowerCase())
  })
  afterAll(async () => {
    for (const search of Object.values(searches)) await search?.close()
    await server?.close()
  })

  it('has one bundle per language, each indexing that language only', () => {
    const counts = LOCALES.map((locale) => {
      const language = LOCALE_INFO[locale].bcp47.toLowerCase()
      const entry = JSON.parse(readFileSync(path.join(distDir(), 'pagefind', language, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>
      }
      expect(Object.keys(entry.languages)).toEqual([language])
      return entry.languages[language].page_count
    })
    expect(new Set(counts).size).toBe(1)
    expect(counts[0]).toBeGreaterThan(20)
  })

  for (const locale of LOCALES) {
    describe(`in ${LOCALE_INFO[locale].englishName}`, () => {
      for (const { queries, expect: url } of CASES[locale]) {
        it(`finds ${url} for ${queries.map((q) => `“${q}”`).join(', ')}`, async () => {
          for (const query of queries) {
            const hits = await searches[locale].search(query)
            expect(
              hits.map((hit) => hit.url),
              `${locale}: “${query}”`,
            ).toContain(url)
            expect(
              hits.every((hit) => hit.url.startsWith(`/${locale}/`)),
              `${locale}: “${query}” stays in its language`,
            ).toBe(true)
          }
        })
      }

      it('returns excerpts with the matches marked', async () => {
        const [hit] = await searches[locale].search(locale === 'sr' ? 'gracanica' : 'gracanice')
        expect(hit.excerpt).toMatch(/<mark>Gra[cčç]anic[ëa]\.?<\/mark>/)
        expect(hit.title.length).toBeGreaterThan(0)
      })
    })
  }

  it('the search page offers exactly the filter values of the index, with their counts, without asking Pagefind for them', async () => {
    for (const locale of LOCALES) {
      const html = readDist(`${locale}/search/index.html`)
      const offered: Record<string, Record<string, number>> = {}
      for (const [, name, value, count] of html.matchAll(/<input type="checkbox" name="([^"]+)" value="([^"]*)"[^>]*>[^<]*<span class="meta">\((\d+)\)<\/span>/g)) {
        ;(offered[name] ??= {})[decodeEntities(value)] = Number(count)
      }
      expect(offered, locale).toEqual(await searches[locale].filters())
      // Subjects in the alphabetical order of the reader's language.
      const subjects = Object.keys(offered.subject ?? {})
      expect(subjects.length, locale).toBeGreaterThan(1)
      expect(subjects, locale).toEqual([...subjects].sort(new Intl.Collator(LOCALE_INFO[locale].bcp47).compare))
    }
  })

  it('filters by type, decade, subject and municipality, and sorts by date', async () => {
    const filters = await searches.en.filters()
    expect(Object.keys(filters).sort()).toEqual(expect.arrayContaining(['decade', 'subject', 'type']))
    expect(filters.type).toMatchObject({ Event: 2, Text: 2 })
    expect(filters.decade).toMatchObject({ '2010s': 1, '2020s': 3 })

    const events = await searches.en.search(null, { filters: { type: 'Event' }, sort: { date: 'desc' } })
    expect(events.map((hit) => hit.url)).toEqual(['/en/items/ark-sample-0002/', '/en/items/ark-sample-0001/'])
    const oldestFirst = await searches.en.search(null, { filters: { type: 'Event' }, sort: { date: 'asc' } })
    expect(oldestFirst.map((hit) => hit.url)).toEqual(['/en/items/ark-sample-0001/', '/en/items/ark-sample-0002/'])
    const covid = await searches.sr.search(null, { filters: { subject: 'COVID-19', decade: '2020-e' } })
    expect(covid.map((hit) => hit.url).sort()).toEqual(['/sr/items/ark-sample-0002/', '/sr/items/ark-sample-0003/', '/sr/items/ark-sample-0006/'])
    expect(events[0].meta.date).toBe('c. 2020')
  })

  describe('as the search page searches (Albanian words as typed, then their stems)', () => {
    const urls = async (locale: Locale, query: string) => (await searches[locale].siteSearch(query)).map((hit) => hit.url)
    const PRISHTINA = '/sq/municipalities/prishtine/'

    it('finds Prishtina’s pages for its definite and case forms, which no page has, with and without ë', async () => {
      // Without stems "prishtina" found nothing: it is no prefix of "prishtinë", the pages' form.
      for (const query of ['prishtina', 'Prishtina', 'Prishtinës', 'prishtinen', 'Prishtinë', 'prishtine']) {
        const found = await urls('sq', query)
        expect(found[0], query).toBe(PRISHTINA)
        expect(found, query).toContain('/sq/programs/un-joint-covid-19-project/')
      }
    })

    it('finds the same pages for dhuna, dhunë, dhune and dhunës', async () => {
      const pages = new Set(await urls('sq', 'dhunë'))
      expect(pages).toContain('/sq/items/ark-sample-0002/')
      expect(pages).toContain('/sq/programs/support-program/')
      for (const query of ['dhuna', 'dhune', 'dhunës']) expect(new Set(await urls('sq', query)), query).toEqual(pages)
    })

    it('ranks the programme pages first for “programet”, above the municipality pages that list programmes', async () => {
      const found = await urls('sq', 'programet')
      const programs = found.filter((url) => /^\/sq\/programs\/[^/]+\/$/.test(url))
      expect(programs.length).toBeGreaterThanOrEqual(3)
      expect(
        found.slice(0, 3).every((url) => programs.includes(url)),
        found.slice(0, 5).join(' '),
      ).toBe(true)
      expect(
        found.some((url) => /^\/sq\/municipalities\/[^/]+\/$/.test(url)),
        'no municipality page: their programme lists are not indexed',
      ).toBe(false)
    })

    it('ranks a page with the word as typed above one that has only another form of it', async () => {
      // ark-sample-0002 has "Dhuna" (its subject) and "dhunës"; the support programme only "dhunën".
      const found = await urls('sq', 'dhuna')
      expect(found.indexOf('/sq/items/ark-sample-0002/')).toBeLessThan(found.indexOf('/sq/programs/support-program/'))
    })

    it('indexes the stems on Albanian pages only, in a hidden block that weighs little', () => {
      const sq = readDist('sq/items/ark-sample-0002/index.html')
      const block = /<div hidden data-search-stems data-pagefind-weight="0.3">([^<]*)<\/div>/.exec(sq)?.[1] ?? ''
      expect(block.split(/\s+/)).toEqual(expect.arrayContaining([stemAlbanian('dhunës'), stemAlbanian('familje')]))
      for (const locale of ['sr', 'en']) expect(readDist(`${locale}/items/ark-sample-0002/index.html`)).not.toContain('data-search-stems')
    })

    it('finds Serbian inflected forms through Pagefind’s Serbian stemmer (sr pages are indexed as Serbian)', async () => {
      expect(await urls('sr', 'Prištini')).toContain('/sr/municipalities/prishtine/')
      expect(await urls('sr', 'programima')).toContain('/sr/programs/support-program/')
      expect(await urls('sr', 'diskriminaciji')).toContain('/sr/programs/support-program/')
      expect(await urls('sr', 'nasiljem')).toContain('/sr/programs/support-program/')
    })

    it('finds no restricted or draft item through a stem either', async () => {
      for (const query of ['konfidenciale', 'konfidencialet', 'shënimet konfidenciale', 'seancës']) {
        const hits = await searches.sq.siteSearch(query)
        expect(
          hits.filter((hit) => /ark-sample-000[45]/.test(hit.url) || /konfidencial/i.test(hit.title)),
          query,
        ).toEqual([])
      }
    })
  })
})
