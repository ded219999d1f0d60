import { PUBLIC_COLLECTION_SCHEMAS, parseDocument, type PublicCollection } from '@arkivi/content-schemas'
import { describe, expect, inject, it } from 'vitest'
import * as data from '../../../scripts/seed/data/index.ts'
import { demoPassword } from '../../../scripts/seed/users.ts'

const cmsUrl = inject('cmsUrl')
const hidden = data.archiveItems.filter((item) => item.visibility !== 'public' || !item.published)
const published = data.archiveItems.filter((item) => item.visibility === 'public' && item.published)

/** Every document of a collection as an anonymous visitor, page by page (small pages on purpose). */
async function fetchAll(collection: string, query = ''): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = []
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${cmsUrl}/api/${collection}?locale=all&depth=0&limit=3&page=${page}${query}`)
    expect(response.status, `${collection} page ${page}`).toBe(200)
    const body = (await response.json()) as { docs: Record<string, unknown>[]; hasNextPage: boolean }
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

describe('public REST API (anonymous)', () => {
  it.each(Object.keys(PUBLIC_COLLECTION_SCHEMAS) as PublicCollection[])('%s: every document parses with its content-schemas schema', async (collection) => {
    const docs = await fetchAll(collection)
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(() => parseDocument(collection, doc)).not.toThrow()
  })

  it('lists exactly the published public archive items', async () => {
    const docs = await fetchAll('archive-items')
    expect(docs.map((doc) => doc.identifier).sort()).toEqual(published.map((item) => item.identifier).sort())
    const text = JSON.stringify(docs)
    expect(text).not.toContain('consentNotes')
    expect(text).not.toContain('takedownNotes')
  })

  it('lists exactly the seeded programs, organizations, partners and municipalities', async () => {
    expect((await fetchAll('programs')).map((doc) => doc.slug).sort()).toEqual(data.programs.map((p) => p.slug).sort())
    expect((await fetchAll('organizations')).map((doc) => doc.slug).sort()).toEqual(data.organizations.map((o) => o.key).sort())
    expect((await fetchAll('partners')).length).toBe(data.partners.length)
    expect((await fetchAll('municipalities')).map((doc) => doc.slug).sort()).toEqual(data.municipalities.map((m) => m.slug).sort())
  })

  it('detail endpoints answer for public items and not for restricted or draft ones', async () => {
    const all = await fetchAll('archive-items')
    const first = all[0]
    const ok = await fetch(`${cmsUrl}/api/archive-items/${first.id}?locale=all&depth=0`)
    expect(ok.status).toBe(200)
    const body: unknown = await ok.json()
    expect(() => parseDocument('archive-items', body)).not.toThrow()
    // Hidden items exist with ids between the public ones; probe every id up to the highest.
    const maxId = Math.max(...all.map((doc) => Number(doc.id))) + hidden.length + 2
    const publicIds = new Set(all.map((doc) => Number(doc.id)))
    for (let id = 1; id <= maxId; id += 1) {
      if (publicIds.has(id)) continue
      const response = await fetch(`${cmsUrl}/api/archive-items/${id}?locale=all&draft=true`)
      expect(response.status, `archive-items/${id}`).toBe(404)
    }
  })

  it('filters, drafts and versions cannot be used to reach hidden items', async () => {
    const restricted = await fetchAll('archive-items', '&where[visibility][equals]=restricted')
    expect(restricted).toEqual([])
    const drafts = await fetchAll('archive-items', '&draft=true')
    expect(drafts.map((doc) => doc.identifier).sort()).toEqual(published.map((item) => item.identifier).sort())
    for (const collection of ['archive-items', 'programs', 'organizations', 'partners']) {
      const versions = await fetch(`${cmsUrl}/api/${collection}/versions`)
      expect(versions.status, `${collection}/versions`).toBe(403)
    }
    const users = await fetch(`${cmsUrl}/api/users`)
    expect(users.status).toBe(403)
  })

  it('GraphQL, which would offer the same data by another door, is off', async () => {
    const response = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ArchiveItems(limit: 100, draft: true) { docs { identifier visibility consentNotes takedownNotes } } }' }),
    })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('ARK-')
  })

  it('files of restricted items cannot be listed or downloaded', async () => {
    const media = await fetchAll('media')
    const filenames = media.map((doc) => doc.filename)
    const restrictedFiles = hidden
      .flatMap((item) => item.files)
      .filter((key) => !published.some((item) => item.files.includes(key)))
      .map((key) => data.files.find((file) => file.key === key)!.filename)
    expect(restrictedFiles.length).toBeGreaterThan(0)
    for (const filename of restrictedFiles) {
      expect(filenames).not.toContain(filename)
      const download = await fetch(`${cmsUrl}/api/media/file/${filename}`)
      expect(download.status, filename).toBeGreaterThanOrEqual(400)
    }
    const publicFile = await fetch(new URL(media[0].url as string, cmsUrl))
    expect(publicFile.status).toBe(200)
  })
})

describe('authentication over HTTP', () => {
  it('logs a demo editor in and refuses a wrong password', async () => {
    const login = (password: string) =>
      fetch(`${cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@arkivi.test', password }),
      })
    expect((await login('wrong-password')).status).toBe(401)
    const ok = await login(demoPassword())
    expect(ok.status).toBe(200)
    const { token } = (await ok.json()) as { token: string }
    const staffView = await fetch(`${cmsUrl}/api/archive-items?limit=100&draft=true`, { headers: { authorization: `JWT ${token}` } })
    const body = (await staffView.json()) as { totalDocs: number }
    expect(body.totalDocs).toBe(data.archiveItems.length)
  })
})
