import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { ContentValidationError, UNKNOWN_FIELD_MESSAGE } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { fetchCollection } from '../src/cms/api.ts'
import { CmsRequestError, EmptyCollectionError } from '../src/cms/errors.ts'
import { freePort } from '../../scripts/lib/ports.ts'
import { buildSite } from './lib/build.ts'
import { startCmsStub } from './lib/cmsStub.ts'

const CMS = 'http://cms.invalid'
const subject = (id: number, en: string | null = `Subject ${id}`) => ({
  id,
  name: { sq: `Tema ${id}`, sr: `Tema ${id}`, en },
  slug: `subject-${id}`,
  description: { sq: null, sr: null, en: null },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

/** A fetch that answers like Payload's REST API, ten documents per page whatever the limit asked. */
function payloadLike(docs: unknown[], { totalDocs = docs.length, status = 200 } = {}): typeof fetch & { urls: string[] } {
  const urls: string[] = []
  const fake = (async (input: string | URL | Request) => {
    const url = new URL(String(input))
    urls.push(url.href)
    if (status !== 200) return new Response('{"errors":[]}', { status, statusText: 'Internal Server Error' })
    const page = Number(url.searchParams.get('page') ?? 1)
    const pageDocs = docs.slice((page - 1) * 10, page * 10)
    const totalPages = Math.ceil(docs.length / 10)
    return Response.json({ docs: pageDocs, totalDocs, page, totalPages, hasNextPage: page < totalPages, nextPage: page < totalPages ? page + 1 : null })
  }) as typeof fetch & { urls: string[] }
  fake.urls = urls
  return fake
}

/** Files a failed build left in its output folder (it must leave no page at all). */
function pagesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.html'))
    : []
}

describe('reading the CMS', () => {
  it('reads every page of a collection, anonymously, in all locales, at depth 0', async () => {
    const fetch = payloadLike(Array.from({ length: 25 }, (_, i) => subject(i + 1)))
    const docs = await fetchCollection(CMS, 'subjects', { fetch })
    expect(docs.map((doc) => doc.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(fetch.urls).toHaveLength(3)
    for (const url of fetch.urls) expect(url).toMatch(/^http:\/\/cms\.invalid\/api\/subjects\?locale=all&depth=0&limit=100&page=\d&sort=id$/)
  })

  it('stops when the CMS answers with an error, naming the collection and the request', async () => {
    const error = await fetchCollection(CMS, 'programs', { fetch: payloadLike([], { status: 500 }) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CmsRequestError)
    expect(String(error)).toMatch(/collection "programs" \(http:\/\/cms\.invalid\/api\/programs\?[^)]+\): HTTP 500/)
  })

  it('stops when the CMS is unreachable', async () => {
    const port = await freePort()
    const error = await fetchCollection(`http://127.0.0.1:${port}`, 'archive-items').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CmsRequestError)
    expect(String(error)).toMatch(/collection "archive-items" .*: the CMS is unreachable \(.*ECONNREFUSED/)
  })

  it('stops on a document that breaks its schema, naming collection, id, field and locale', async () => {
    const docs = Array.from({ length: 12 }, (_, i) => subject(i + 1))
    docs[10] = subject(11, '   ')
    const error = await fetchCollection(CMS, 'subjects', { fetch: payloadLike(docs) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentValidationError)
    expect(String((error as Error).message)).toMatch(/^subjects id=11 field=name locale=en: /)
  })

  it('stops when a required collection is empty, or when pages do not add up to the count', async () => {
    await expect(fetchCollection(CMS, 'programs', { required: true, fetch: payloadLike([]) })).rejects.toThrow(EmptyCollectionError)
    await expect(fetchCollection(CMS, 'subjects', { fetch: payloadLike([subject(1)], { totalDocs: 2 }) })).rejects.toThrow(/read 1 documents but the CMS counts 2/)
  })
})

describe('a real build', () => {
  it('fails with a clear message and writes no page when the CMS is down', async () => {
    const port = await freePort()
    const outDir = path.join(inject('workDir'), 'cms-down')
    const build = await buildSite({ cmsUrl: `http://127.0.0.1:${port}`, outDir })
    expect(build.code).not.toBe(0)
    expect(build.output).toMatch(/CMS request failed for collection "[\w-]+" \(http:\/\/127\.0\.0\.1:\d+\/api\/[\w-]+\?locale=all[^)]*\): the CMS is unreachable/)
    expect(pagesIn(outDir)).toEqual([])
  })

  /** A build against a stub of the CMS that rewrites ARK-SAMPLE-0002 in the archive-items answer. */
  async function buildWithBrokenItem(name: string, rewrite: (doc: Record<string, unknown>) => void) {
    let brokenId: unknown
    const stub = await startCmsStub(inject('cmsUrl'), (collection, body) => {
      if (collection !== 'archive-items') return
      const doc = body.docs.find((d) => d.identifier === 'ARK-SAMPLE-0002')
      if (!doc) return
      brokenId = doc.id
      rewrite(doc)
    })
    try {
      const outDir = path.join(inject('workDir'), name)
      const build = await buildSite({ cmsUrl: stub.url, outDir })
      expect(brokenId).toBeDefined()
      return { ...build, brokenId, pages: pagesIn(outDir) }
    } finally {
      await stub.close()
    }
  }

  it('fails naming collection, id, field and locale when a document breaks its schema (a stub standing in for the CMS serves one bad document)', async () => {
    const build = await buildWithBrokenItem('schema-error', (doc) => {
      ;(doc.title as Record<string, string>).en = ''
    })
    expect(build.code).not.toBe(0)
    expect(build.output).toContain(`archive-items id=${build.brokenId} field=title locale=en:`)
    expect(build.pages).toEqual([])
  })

  it('fails naming the field when the CMS returns one the contract does not declare (a field added without an access rule)', async () => {
    const build = await buildWithBrokenItem('unknown-field', (doc) => {
      doc.reviewerEmail = 'staff@cel.invalid'
    })
    expect(build.code).not.toBe(0)
    expect(build.output).toContain(`archive-items id=${build.brokenId} field=reviewerEmail: ${UNKNOWN_FIELD_MESSAGE}`)
    expect(build.pages).toEqual([])
  })
})
