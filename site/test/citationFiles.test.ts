import { readFileSync } from 'node:fs'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { ARCHIVE_ITEM_FIELD_LABELS, LOCALES, type Locale } from '@arkivi/content-schemas'
import { Ajv } from 'ajv'
import { AST as RisAst } from 'astrocite-ris'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attributeValues, decodeEntities, distDir, distFiles, readDist } from './lib/dist.ts'
import { itemSlug, publicItems } from './lib/seed.ts'
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/staticSite.ts'

/**
 * The CSL-JSON schema of the Citation Style Language project (csl-data.json, MIT licence),
 * copied from its repository (citation-style-language/schema, schemas/input/).
 */
const cslSchema = JSON.parse(readFileSync(new URL('./lib/csl-data.schema.json', import.meta.url), 'utf8'))

const FILES = [
  { extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  { extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  { extension: 'csl.json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
]

const text = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** What an item page shows a reader: its h1, the creators in its metadata table, its date. */
function pageFacts(locale: Locale, slug: string) {
  const html = readDist(`${locale}/items/${slug}/index.html`)
  const title = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1])
  const row = new RegExp(`<th scope="row">${ARCHIVE_ITEM_FIELD_LABELS.creators[locale]}</th>\\s*<td[^>]*>([\\s\\S]*?)</td>`).exec(html)
  const creators = row ? [...row[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => text(match[1])) : []
  const datetime = attributeValues(html, 'time', 'datetime')[0]
  return { html, title, creators, parts: datetime.split('-').map(Number) }
}

const pages = LOCALES.flatMap((locale) => publicItems.map((item) => ({ locale, slug: itemSlug(item), identifier: item.identifier })))

describe('citation files', () => {
  it('exist for every public item in every locale, and for nothing else', () => {
    const files = distFiles().filter((file) => /^(sq|sr|en)\/items\/[^/]+\.(bib|ris|csl\.json)$/.test(file))
    const expected = pages.flatMap(({ locale, slug }) => FILES.map(({ extension }) => `${locale}/items/${slug}.${extension}`))
    expect(files.sort()).toEqual(expected.sort())
  })

  it('are linked from each item page’s citation block, in the page’s language', () => {
    for (const { locale, slug } of pages) {
      const section = /<section aria-labelledby="citation-heading"[\s\S]*?<\/section>/.exec(pageFacts(locale, slug).html)![0]
      expect(attributeValues(section, 'a', 'href'), `${locale} ${slug}`).toEqual(FILES.map(({ extension }) => `/${locale}/items/${slug}.${extension}`))
    }
  })

  it('parse back as BibTeX (@retorquere/bibtex-parser) into one entry with the page’s title, creators and date', () => {
    for (const { locale, slug } of pages) {
      const page = pageFacts(locale, slug)
      const result = parseBibtex(readDist(`${locale}/items/${slug}.bib`))
      expect(result.errors, `${locale} ${slug}`).toEqual([])
      expect(result.entries).toHaveLength(1)
      const { fields } = result.entries[0]
      // TeX accents decode to a letter and a combining mark: the same text once composed.
      expect(fields.title?.normalize('NFC'), `${locale} ${slug}`).toBe(page.title)
      expect(
        (fields.author ?? []).map((name) => (name.name ?? name.lastName)?.normalize('NFC')),
        `${locale} ${slug}`,
      ).toEqual(page.creators)
      expect([fields.year, fields.month].filter(Boolean).map(Number), `${locale} ${slug}`).toEqual(page.parts.slice(0, 2))
    }
  })

  it('parse back as RIS (astrocite-ris) into one entry with the page’s title, creators and date', () => {
    for (const { locale, slug } of pages) {
      const page = pageFacts(locale, slug)
      const ast = RisAst.parse(readDist(`${locale}/items/${slug}.ris`))
      expect(ast.children, `${locale} ${slug}`).toHaveLength(1)
      const values = (key: string) => ast.children[0].properties.filter((property) => property.key === key).map((property) => property.value)
      expect(values('TI'), `${locale} ${slug}`).toEqual([page.title])
      expect(values('AU'), `${locale} ${slug}`).toEqual(page.creators)
      expect(values('PY')).toEqual([String(page.parts[0])])
      expect(values('DA')[0].split('/').filter(Boolean).map(Number), `${locale} ${slug}`).toEqual(page.parts)
    }
  })

  it('are valid CSL-JSON (the CSL schema, with Ajv): one record with the page’s title, creators and date', () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema)
    for (const { locale, slug, identifier } of pages) {
      const page = pageFacts(locale, slug)
      const records = JSON.parse(readDist(`${locale}/items/${slug}.csl.json`))
      expect(validate(records) ? [] : validate.errors, `${locale} ${slug}`).toEqual([])
      expect(records).toHaveLength(1)
      expect(records[0]).toMatchObject({ id: identifier, title: page.title, issued: { 'date-parts': [page.parts] } })
      expect((records[0].author ?? []).map((name: { literal: string }) => name.literal)).toEqual(page.creators)
    }
  })

  describe('served', () => {
    let server: StaticServer
    beforeAll(async () => {
      server = await serveBuiltSite(distDir())
    })
    afterAll(async () => {
      await server?.close()
    })

    it('with their media types (netlify.toml)', async () => {
      const { locale, slug } = pages[0]
      for (const { extension, type } of FILES) {
        const response = await fetch(`${server.origin}/${locale}/items/${slug}.${extension}`)
        await response.arrayBuffer()
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type'), extension).toBe(type)
      }
    })
  })
})
