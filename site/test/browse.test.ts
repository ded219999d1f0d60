import { LOCALES, type Locale } from '@arkivi/content-schemas'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeEntities, distFiles, fileForUrlPath, readDist } from './lib/dist.ts'
import { hiddenItems, itemSlug, publicItems, seed } from './lib/seed.ts'

/** Item page links on a listing page, as slugs. */
const listedSlugs = (html: string, locale: Locale) => [...html.matchAll(new RegExp(`href="/${locale}/items/([\\w-]+)/"`, 'g'))].map((match) => match[1]).sort()

const municipalityOf = (slug: string) => seed.municipalities.find((municipality) => municipality.slug === slug)!
const publicMunicipalities = [...new Set(publicItems.flatMap((item) => (item.municipality ? [item.municipality] : [])))]
/** Municipalities only hidden items (the restricted record, the draft) have. */
const hiddenOnlyMunicipalities = [...new Set(hiddenItems.flatMap((item) => (item.municipality ? [item.municipality] : [])))].filter(
  (slug) => !publicMunicipalities.includes(slug),
)
const yearOf = (item: (typeof publicItems)[number]) => Number(item.date.value.slice(0, 4))

describe('browsing the archive by municipality', () => {
  let files: Set<string>
  beforeAll(() => {
    files = new Set(distFiles())
  })

  it('has seed records that exercise it: public items with a municipality, hidden ones with others', () => {
    expect(publicMunicipalities.length).toBeGreaterThan(0)
    expect(hiddenOnlyMunicipalities.length).toBeGreaterThan(0)
  })

  it('has a listing per municipality of the public items in each locale, named in that locale, listing exactly its items', () => {
    for (const slug of publicMunicipalities) {
      const expected = publicItems
        .filter((item) => item.municipality === slug)
        .map(itemSlug)
        .sort()
      for (const locale of LOCALES) {
        const name = municipalityOf(slug).displayName[locale]
        for (const path of [`${locale}/archive/municipality/${slug}/`, `${locale}/archive/municipality/${slug}/oldest/`]) {
          const file = fileForUrlPath(`/${path}`, files)
          expect(file, path).not.toBeNull()
          const html = readDist(file!)
          expect(decodeEntities(html.match(/<h1>(.*?)<\/h1>/)![1]), path).toContain(name)
          // The listing's own list of cards (the filter sidebar links listings, not items).
          const cards = html.slice(html.indexOf('<ul class="cards">'))
          expect(listedSlugs(cards, locale), path).toEqual(expected)
        }
        // Every archive page offers the filter, with the count of public items.
        const archive = decodeEntities(readDist(`${locale}/archive/index.html`))
        expect(archive, locale).toMatch(
          new RegExp(`href="/${locale}/archive/municipality/${slug}/"[^>]*>\\s*${name}\\s*</a> <span class="meta">\\(${expected.length}\\)</span>`),
        )
      }
    }
  })

  it('names the municipalities by their official Albanian and Serbian names', () => {
    const slug = publicMunicipalities[0]
    const { nameSq, nameSr } = municipalityOf(slug)
    expect(readDist(`sq/archive/municipality/${slug}/index.html`)).toContain(`: ${nameSq}</h1>`)
    expect(readDist(`sr/archive/municipality/${slug}/index.html`)).toContain(`: ${nameSr}</h1>`)
  })

  it('counts no restricted or draft item: municipalities only they have get no listing and no filter', () => {
    for (const slug of hiddenOnlyMunicipalities) {
      for (const locale of LOCALES) {
        expect(fileForUrlPath(`/${locale}/archive/municipality/${slug}/`, files), `${locale} ${slug}`).toBeNull()
        expect(readDist(`${locale}/archive/index.html`)).not.toContain(`/archive/municipality/${slug}/`)
        expect(readDist(`${locale}/search/index.html`)).not.toContain(municipalityOf(slug).displayName[locale])
        // The municipality's own page lists no item either.
        expect(listedSlugs(readDist(`${locale}/municipalities/${slug}/index.html`), locale), `${locale} ${slug}`).toEqual([])
      }
    }
  })

  it('links an item’s municipality to its listing, and to the municipality’s page', () => {
    const item = publicItems.find((candidate) => candidate.municipality)!
    for (const locale of LOCALES) {
      const html = readDist(`${locale}/items/${itemSlug(item)}/index.html`)
      expect(html).toContain(`href="/${locale}/archive/municipality/${item.municipality}/"`)
      expect(html).toContain(`href="/${locale}/municipalities/${item.municipality}/"`)
    }
  })
})

describe('the archive timeline', () => {
  let files: Set<string>
  beforeAll(() => {
    files = new Set(distFiles())
  })

  /** The timeline's entries on a page: year, count as read out, and link if any. */
  function timeline(html: string) {
    const list = html.match(/<ol class="timeline-bars"[^>]*>([\s\S]*?)<\/ol>/)
    if (!list) return null
    return [...list[1].matchAll(/<li>(?:<a href="([^"]+)">|<span class="timeline-empty">)<span class="visually-hidden">(\d+): ([^<]+)<\/span>/g)].map((match) => ({
      href: match[1] ?? null,
      year: Number(match[2]),
      text: match[3],
    }))
  }

  it('shows every year from the first to the last with its count of public items, as text, in each locale', () => {
    const years = publicItems.map(yearOf)
    const first = Math.min(...years)
    const last = Math.max(...years)
    for (const locale of LOCALES) {
      const entries = timeline(readDist(`${locale}/archive/index.html`))
      expect(entries, locale).not.toBeNull()
      expect(
        entries!.map((entry) => entry.year),
        locale,
      ).toEqual(Array.from({ length: last - first + 1 }, (_, index) => first + index))
      for (const entry of entries!) {
        const count = years.filter((year) => year === entry.year).length
        // The count in words, e.g. "1 item", "3 artikuj", "0 zapisa".
        expect(entry.text, `${locale} ${entry.year}`).toMatch(new RegExp(`^${count}\\s\\S+$`))
        expect(entry.href === null, `${locale} ${entry.year}`).toBe(count === 0)
      }
    }
  })

  it('counts no restricted or draft item', () => {
    for (const year of new Set(hiddenItems.map(yearOf))) {
      const count = publicItems.filter((item) => yearOf(item) === year).length
      const withHidden = count + hiddenItems.filter((item) => yearOf(item) === year).length
      for (const locale of LOCALES) {
        const entry = timeline(readDist(`${locale}/archive/index.html`))!.find((candidate) => candidate.year === year)
        expect(entry?.text.startsWith(`${count} `) ?? count === 0, `${locale} ${year}`).toBe(true)
        expect(entry?.text.startsWith(`${withHidden} `), `${locale} ${year}`).toBe(false)
      }
    }
  })

  it('links each year to an existing decade listing page that lists the year’s items', () => {
    for (const locale of LOCALES) {
      for (const entry of timeline(readDist(`${locale}/archive/index.html`))!.filter((candidate) => candidate.href)) {
        const decade = `${Math.floor(entry.year / 10) * 10}s`
        expect(entry.href, `${locale} ${entry.year}`).toMatch(new RegExp(`^/${locale}/archive/decade/${decade}/(page/\\d+/)?$`))
        const file = fileForUrlPath(entry.href!, files)
        expect(file, entry.href!).not.toBeNull()
        const listed = listedSlugs(readDist(file!).slice(readDist(file!).indexOf('<ul class="cards">')), locale)
        const ofYear = publicItems.filter((item) => yearOf(item) === entry.year).map(itemSlug)
        expect(
          listed.some((slug) => ofYear.includes(slug)),
          entry.href!,
        ).toBe(true)
      }
    }
  })

  it('appears on the whole archive’s first pages only', () => {
    expect(timeline(readDist('sq/archive/oldest/index.html'))).not.toBeNull()
    expect(timeline(readDist(`sq/archive/decade/2020s/index.html`))).toBeNull()
  })
})
