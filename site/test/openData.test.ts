import { readFileSync } from 'node:fs'
import path from 'node:path'
import { normalize } from '@iiif/parser'
import { presentation3StrictUpgrade } from '@iiif/parser/strict'
import { parse } from 'csv-parse/sync'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'
import { ARCHIVE_ITEM_COLUMNS, LOCALES, restoreFormula } from '@arkivi/content-schemas'
import { headersForPath, netlifyHeaderRules } from '../../scripts/lib/netlifyHeaders.ts'
import { serveBuiltSite } from '../../scripts/lib/staticSite.ts'
import { distDir, distFiles, readDist } from './lib/dist.ts'
import { hiddenItems, itemSlug, publicItems, seed } from './lib/seed.ts'

const TABLES = ['archive-items', 'programs', 'organizations', 'municipalities'] as const
type Table = (typeof TABLES)[number]
type Row = Record<string, unknown>

const json = (table: Table): Row[] => JSON.parse(readDist(`data/${table}.json`)) as Row[]
const csvText = (table: Table): string => readFileSync(path.join(distDir(), 'data', `${table}.csv`), 'utf8')
const csvRows = (table: Table): Record<string, string>[] => parse(csvText(table), { bom: true, columns: true, cast: (value) => restoreFormula(value) })
const csvHeader = (table: Table): string[] => (parse(csvText(table), { bom: true, to_line: 1 }) as string[][])[0]

/** Every public document of a collection, read page by page as an anonymous visitor reads the API. */
async function publicDocuments(cmsUrl: string, collection: string): Promise<Row[]> {
  const docs: Row[] = []
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${cmsUrl}/api/${collection}?locale=all&depth=0&limit=100&page=${page}`, { credentials: 'omit' })
    expect(response.status, collection).toBe(200)
    const body = (await response.json()) as { docs: Row[]; hasNextPage: boolean }
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

/** A JSON record as the CSV row it should parse back into (the rule the data page documents). */
function flatten(record: Row): Record<string, string> {
  const cell = (value: unknown): string =>
    value === null ? '' : Array.isArray(value) ? (value.some((entry) => typeof entry === 'object') ? JSON.stringify(value) : value.join('; ')) : String(value)
  return Object.fromEntries(
    Object.entries(record).flatMap(([key, value]) =>
      value && typeof value === 'object' && !Array.isArray(value) ? LOCALES.map((locale) => [`${key}_${locale}`, cell((value as Row)[locale])]) : [[key, cell(value)]],
    ),
  )
}

describe('open data (/data/)', () => {
  it('holds exactly the public documents the API gives an anonymous visitor, in a stable order', async () => {
    const cmsUrl = inject('cmsUrl')
    const keys: Record<Table, string> = { 'archive-items': 'identifier', programs: 'slug', organizations: 'slug', municipalities: 'slug' }
    for (const table of TABLES) {
      const expected = (await publicDocuments(cmsUrl, table)).map((doc) => String(doc[keys[table]])).sort()
      expect(expected.length, table).toBeGreaterThan(0)
      expect(
        json(table).map((record) => record[keys[table]]),
        table,
      ).toEqual(expected)
    }
    expect(json('archive-items').map((record) => record.identifier)).toEqual(publicItems.map((item) => item.identifier).sort())
  })

  it('has no restricted or draft item, and no staff-only or per-document constant column', () => {
    const identifiers = TABLES.flatMap((table) => json(table)).map((record) => record.identifier)
    for (const item of hiddenItems) expect(identifiers).not.toContain(item.identifier)
    const header = csvHeader('archive-items')
    for (const column of ['consent_notes', 'takedown_notes', 'visibility', 'status']) expect(header).not.toContain(column)
    // Every other import/export column is there, in the exchange's order, followed by the site's own.
    const published = ARCHIVE_ITEM_COLUMNS.filter((column) => !['consent_notes', 'takedown_notes', 'visibility', 'status'].includes(column))
    expect(header.slice(0, published.length)).toEqual(published)
    expect(header.slice(published.length)).toEqual(['url_sq', 'url_sr', 'url_en', 'iiif_manifest'])
    const staffKeys = /^(consent_?notes|takedown_?notes|visibility|_?status)$/i
    for (const table of TABLES)
      for (const record of json(table))
        expect(
          Object.keys(record).filter((key) => staffKeys.test(key)),
          table,
        ).toEqual([])
  })

  it('writes CSV that parses back, with the library, into the same rows as the JSON', () => {
    for (const table of TABLES) {
      expect(csvText(table).startsWith('\uFEFF'), `${table}: UTF-8 byte-order mark`).toBe(true)
      const rows = csvRows(table)
      expect(rows, table).toEqual(json(table).map(flatten))
      expect(rows.length, table).toBeGreaterThan(0)
    }
    // Albanian and Serbian letters survive as such.
    expect(csvText('municipalities')).toContain('Fushë Kosovë')
    expect(csvText('municipalities')).toContain('Uroševac')
  })

  it('names linked documents by their public keys and files by addresses that exist in dist/', async () => {
    const files = new Set(distFiles())
    const siteUrl = inject('siteUrl')
    const local = (url: string) => decodeURIComponent(new URL(url).pathname).replace(/^\//, '')
    for (const table of TABLES) {
      for (const record of json(table)) {
        for (const key of ['files', 'documents', 'logo']) {
          const value = record[key]
          for (const url of Array.isArray(value) ? value : value ? [value] : []) {
            expect(String(url).startsWith(`${siteUrl}/`), String(url)).toBe(true)
            expect(files.has(local(String(url))), String(url)).toBe(true)
          }
        }
      }
    }
    const subjects = new Set((await publicDocuments(inject('cmsUrl'), 'subjects')).map((subject) => subject.slug))
    expect(json('archive-items').some((record) => (record.subjects as string[]).length > 0)).toBe(true)
    for (const record of json('archive-items')) for (const slug of record.subjects as string[]) expect(subjects).toContain(slug)
  })

  it('is described, every column, on the data page in each locale, which links every file and is in the footer', () => {
    for (const locale of LOCALES) {
      const html = readDist(`${locale}/data/index.html`)
      for (const table of TABLES) {
        for (const column of csvHeader(table)) expect(html, `${locale} ${table} ${column}`).toMatch(new RegExp(`<code[^>]*>${column}</code>`))
        expect(html).toContain(`href="/data/${table}.csv"`)
        expect(html).toContain(`href="/data/${table}.json"`)
      }
      expect(html).toContain('href="http://rightsstatements.org/vocab/InC/1.0/"')
      expect(readDist(`${locale}/index.html`)).toContain(`href="/${locale}/data/"`)
    }
    expect(readDist('sq/data/index.html')).toContain('Deklaratat e të drejtave')
  })
})

describe('IIIF manifests (/iiif/)', () => {
  const withImages = publicItems.filter((item) => item.files.some((key) => seed.files.find((file) => file.key === key)?.kind === 'image'))
  const manifest = (slug: string) => JSON.parse(readDist(`iiif/${slug}/manifest.json`)) as Row

  it('exist for exactly the public items with images, and their pages link them', () => {
    expect(withImages.length).toBeGreaterThan(0)
    const manifests = distFiles()
      .filter((file) => file.startsWith('iiif/'))
      .sort()
    expect(manifests).toEqual(withImages.map((item) => `iiif/${itemSlug(item)}/manifest.json`).sort())
    for (const item of publicItems) {
      const linked = readDist(`en/items/${itemSlug(item)}/index.html`).includes(`href="/iiif/${itemSlug(item)}/manifest.json"`)
      expect(linked, item.identifier).toBe(withImages.includes(item))
    }
    for (const item of hiddenItems) expect(manifests.join()).not.toContain(itemSlug(item))
  })

  it('are IIIF Presentation 3 as @iiif/parser reads them, with labels in every language and the item’s rights', () => {
    for (const item of withImages) {
      const doc = manifest(itemSlug(item))
      const state = { warnings: [] as string[] }
      presentation3StrictUpgrade(structuredClone(doc) as never, state)
      expect(state.warnings, item.identifier).toEqual([])
      const { entities, resource } = normalize(structuredClone(doc))
      expect(resource, item.identifier).toMatchObject({ type: 'Manifest' })
      const images = item.files.filter((key) => seed.files.find((file) => file.key === key)?.kind === 'image')
      expect(Object.keys(entities.Canvas)).toHaveLength(images.length)
      const annotations = Object.values(entities.Annotation) as { motivation: string[] }[]
      expect(annotations).toHaveLength(images.length)
      expect(annotations.every((annotation) => annotation.motivation.includes('painting'))).toBe(true)
      expect(Object.keys(doc.label as Row).sort()).toEqual(['en', 'sq', 'sr-Latn'])
      expect((doc.label as Record<string, string[]>).sq).toEqual([item.title.sq])
      expect(doc.rights).toBe(`http://rightsstatements.org/vocab/${item.rights}/1.0/`)
      expect(doc.requiredStatement).toBeTruthy()
    }
  })

  it('paint only published derivatives that exist in dist/, at the sizes they say, and none of a restricted file', async () => {
    const siteUrl = inject('siteUrl')
    const hiddenNames = seed.files
      .filter((file) => hiddenItems.some((item) => item.files.includes(file.key)) && !publicItems.some((item) => item.files.includes(file.key)))
      .map((file) => file.filename.replace(/\.[^.]+$/, ''))
    expect(hiddenNames.length).toBeGreaterThan(0)
    for (const item of withImages) {
      const text = readDist(`iiif/${itemSlug(item)}/manifest.json`)
      for (const name of hiddenNames) expect(text).not.toContain(name)
      const { entities } = normalize(manifest(itemSlug(item)))
      const images = (Object.values(entities.ContentResource) as { id: string; type: string; width: number; height: number }[]).filter(
        (resource) => resource.type === 'Image',
      )
      expect(images.length).toBeGreaterThan(0)
      for (const image of images) {
        expect(image.id.startsWith(`${siteUrl}/_astro/`), image.id).toBe(true)
        const metadata = await sharp(path.join(distDir(), new URL(image.id).pathname)).metadata()
        expect([metadata.width, metadata.height], image.id).toEqual([image.width, image.height])
      }
    }
  })
})

describe('open data and IIIF responses', () => {
  it('are JSON (or CSV) that any origin may read (CORS), as netlify.toml serves them', async () => {
    const rules = await netlifyHeaderRules(distDir())
    const slug = itemSlug(publicItems.find((item) => distFiles().includes(`iiif/${itemSlug(item)}/manifest.json`))!)
    for (const urlPath of ['/data/archive-items.csv', '/data/programs.json', `/iiif/${slug}/manifest.json`]) {
      expect(headersForPath(rules, urlPath), urlPath).toContainEqual(['Access-Control-Allow-Origin', '*'])
    }
    const server = await serveBuiltSite(distDir())
    try {
      for (const [urlPath, type] of [
        ['/data/archive-items.json', /^application\/json/],
        ['/data/archive-items.csv', /^text\/csv/],
        [`/iiif/${slug}/manifest.json`, /^application\/(ld\+)?json/],
      ] as const) {
        const response = await fetch(`${server.origin}${urlPath}`)
        expect(response.status, urlPath).toBe(200)
        expect(response.headers.get('content-type'), urlPath).toMatch(type)
        expect(response.headers.get('access-control-allow-origin'), urlPath).toBe('*')
        await response.arrayBuffer()
      }
    } finally {
      await server.close()
    }
  })
})
