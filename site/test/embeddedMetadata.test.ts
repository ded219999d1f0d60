import { ARCHIVE_ITEM_FIELD_LABELS, LOCALES, LOCALE_INFO, type Locale } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { attributeValues, decodeEntities, distFiles, readDist } from './lib/dist.ts'
import { itemSlug, publicItems, seed } from './lib/seed.ts'
import { useTranslations } from '../src/i18n/index.ts'

const text = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** The `<meta>` tags of a page's head as [name or property, content, lang]. */
function metaTags(html: string): { key: string; content: string; lang?: string }[] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)![1]
  return [...head.matchAll(/<meta\b[^>]*>/g)].flatMap(([tag]) => {
    const attribute = (name: string) => {
      const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
      return match ? decodeEntities(match[1]) : undefined
    }
    const key = attribute('name') ?? attribute('property')
    return key ? [{ key, content: attribute('content') ?? '', lang: attribute('lang') }] : []
  })
}
const contents = (tags: ReturnType<typeof metaTags>, key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content)

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]))
}

const withCreators = publicItems.find((item) => item.creators.length > 0)!

describe('item pages’ embedded metadata', () => {
  const siteUrl = inject('siteUrl')
  const files = new Set(distFiles())

  it('give reference managers the page’s title, creators, date with its precision, the archive and the page', () => {
    for (const locale of LOCALES) {
      for (const item of publicItems) {
        const where = `${locale} ${item.identifier}`
        const html = readDist(`${locale}/items/${itemSlug(item)}/index.html`)
        const tags = metaTags(html)
        const title = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1])
        expect(contents(tags, 'citation_title'), where).toEqual([title])
        expect(contents(tags, 'DC.title'), where).toEqual([title])
        expect(contents(tags, 'og:title'), where).toEqual([title])
        expect(contents(tags, 'citation_author'), where).toEqual(item.creators)
        expect(contents(tags, 'DC.creator'), where).toEqual(item.creators)
        // As precise as the record: "2020" for a year, "2013/07" for a month.
        const known = item.date.value.slice(0, { year: 4, month: 7, day: 10 }[item.date.precision])
        expect(contents(tags, 'citation_publication_date'), where).toEqual([known.replaceAll('-', '/')])
        expect(contents(tags, 'DC.date'), where).toEqual([known])
        expect(contents(tags, 'citation_publisher'), where).toEqual([useTranslations(locale)('site.title')])
        expect(contents(tags, 'citation_language'), where).toEqual(item.languages)
        expect(contents(tags, 'citation_public_url'), where).toEqual([`${siteUrl}/${locale}/items/${itemSlug(item)}/`])
        expect(contents(tags, 'og:url'), where).toEqual([`${siteUrl}/${locale}/items/${itemSlug(item)}/`])
        expect(contents(tags, 'og:locale:alternate'), where).toHaveLength(2)
        expect(
          attributeValues(html, 'link', 'rel').filter((rel) => rel.startsWith('schema.')),
          where,
        ).toEqual(['schema.DC', 'schema.DCTERMS'])
      }
    }
  })

  it('link the public PDF and image from this site only, and no image behind a content warning', () => {
    const pdfs = publicItems.filter((item) => item.files.some((key) => seed.files.find((file) => file.key === key)?.filename.endsWith('.pdf')))
    expect(pdfs.length).toBeGreaterThan(0)
    let images = 0
    for (const locale of LOCALES) {
      for (const item of publicItems) {
        const tags = metaTags(readDist(`${locale}/items/${itemSlug(item)}/index.html`))
        const pdf = contents(tags, 'citation_pdf_url')
        expect(pdf.length, item.identifier).toBe(pdfs.includes(item) ? 1 : 0)
        const image = contents(tags, 'og:image')
        images += image.length
        if (item.contentWarning) expect(image, item.identifier).toEqual([])
        for (const url of [...pdf, ...image]) {
          expect(url.startsWith(`${siteUrl}/`), url).toBe(true)
          expect(files.has(decodeURIComponent(url.slice(siteUrl.length + 1))), url).toBe(true)
        }
        // No tag names another origin but the vocabularies' URIs (identifiers, never fetched).
        const foreign = tags.filter(
          (tag) => /^https?:/.test(tag.content) && !tag.content.startsWith(siteUrl) && !/^http:\/\/(purl\.org|rightsstatements\.org)\//.test(tag.content),
        )
        expect(foreign, item.identifier).toEqual([])
      }
    }
    expect(images).toBeGreaterThan(0)
  })

  it('mark creators, catalogued in Albanian, with lang="sq" on the Serbian and English pages, and only there', () => {
    const slug = itemSlug(withCreators)
    for (const locale of LOCALES) {
      const html = readDist(`${locale}/items/${slug}/index.html`)
      const lang = locale === 'sq' ? undefined : LOCALE_INFO.sq.bcp47
      const row = new RegExp(`<th scope="row">${ARCHIVE_ITEM_FIELD_LABELS.creators[locale]}</th>\\s*<td([^>]*)>`).exec(html)!
      expect(/lang="([^"]+)"/.exec(row[1])?.[1], locale).toBe(lang)
      const citation = /<section aria-labelledby="citation-heading"[\s\S]*?<\/section>/.exec(html)![0]
      const marked = [...citation.matchAll(/<span lang="([^"]+)">([^<]*)<\/span>/g)].map((match) => [decodeEntities(match[2]), match[1]])
      // Each creator, in APA and in Chicago.
      expect(marked, locale).toEqual(lang ? [...withCreators.creators, ...withCreators.creators].map((name) => [name, lang]) : [])
      for (const tag of metaTags(html).filter((tag) => tag.key === 'citation_author')) expect(tag.lang, locale).toBe(lang)
    }
  })
})

describe('schema.org JSON-LD', () => {
  const siteUrl = inject('siteUrl')
  const about = (locale: Locale) => `${siteUrl}/${locale}/about/#organization`

  it('on the about page: an AboutPage about the organization keeping the archive', () => {
    for (const locale of LOCALES) {
      const [data] = jsonLd(readDist(`${locale}/about/index.html`))
      expect(data, locale).toMatchObject({ '@context': 'https://schema.org', '@type': 'AboutPage', inLanguage: LOCALE_INFO[locale].bcp47 })
      expect(data.mainEntity, locale).toMatchObject({ '@type': 'NGO', '@id': about(locale), alternateName: 'CEL' })
    }
  })

  it('on every programme page: a Project whose owner (CEL) is the same node as the about page’s, with its funders', () => {
    for (const locale of LOCALES) {
      for (const program of seed.programs) {
        const html = readDist(`${locale}/programs/${program.slug}/index.html`)
        const [data] = jsonLd(html)
        const where = `${locale} ${program.slug}`
        expect(data, where).toMatchObject({ '@type': 'Project', url: `${siteUrl}/${locale}/programs/${program.slug}/` })
        if (program.owner) expect((data.parentOrganization as Record<string, unknown>)['@id'], where).toBe(about(locale))
        expect(((data.funder as unknown[]) ?? []).length, where).toBe(program.funders.length)
      }
    }
  })
})
