import { parseDocument, parseGlobal, type PublicCollection, type PublicDocument, type PublicGlobal, type PublicGlobalDocument } from '@arkivi/content-schemas'
import { CmsRequestError, EmptyCollectionError } from './errors.ts'

/** Documents per request. Payload's default page size is 10; we ask for more and still page. */
export const PAGE_SIZE = 100

/** Give up on a request that hangs, so a stuck CMS fails the build instead of stalling it. */
const REQUEST_TIMEOUT_MS = 60_000

type PageOfDocuments = {
  docs: unknown[]
  totalDocs: number
  hasNextPage: boolean
  nextPage?: number | null
}

export type FetchCollectionOptions = {
  /** Fail when the collection has no public documents. */
  required?: boolean
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch
}

/** The URL of one page of a collection, as an anonymous visitor asks for it. */
export function collectionPageUrl(cmsUrl: string, collection: string, page: number): string {
  const url = new URL(`/api/${collection}`, cmsUrl)
  url.searchParams.set('locale', 'all')
  url.searchParams.set('depth', '0')
  url.searchParams.set('limit', String(PAGE_SIZE))
  url.searchParams.set('page', String(page))
  // A stable order, so documents cannot shift between pages while we read them.
  url.searchParams.set('sort', 'id')
  return url.href
}

/**
 * Every public document of a collection, page by page, each validated against its content-schemas
 * schema. Throws on a failed request, a malformed page, a count that does not add up, a document
 * that breaks its schema (naming collection, id, field and locale) or, if `required`, an empty
 * collection: the build must never go on with part of the content.
 */
export async function fetchCollection<C extends PublicCollection>(
  cmsUrl: string,
  collection: C,
  { required = false, fetch: fetchImpl = fetch }: FetchCollectionOptions = {},
): Promise<PublicDocument<C>[]> {
  const documents: PublicDocument<C>[] = []
  let expected: number
  for (let page = 1; ; page += 1) {
    const url = collectionPageUrl(cmsUrl, collection, page)
    const body = await requestPage(fetchImpl, collection, url)
    expected = body.totalDocs
    for (const raw of body.docs) documents.push(parseDocument(collection, raw))
    if (!body.hasNextPage) break
    if (body.nextPage !== page + 1) throw new CmsRequestError(collection, url, `unexpected nextPage ${body.nextPage}`)
  }
  const firstPage = collectionPageUrl(cmsUrl, collection, 1)
  if (documents.length !== expected) {
    throw new CmsRequestError(collection, firstPage, `read ${documents.length} documents but the CMS counts ${expected}`)
  }
  if (required && documents.length === 0) throw new EmptyCollectionError(collection, firstPage)
  return documents
}

/** How often a page is asked for again when the CMS says "too many requests" (429). */
const RATE_LIMIT_RETRIES = 5

async function requestPage(fetchImpl: typeof fetch, collection: string, url: string): Promise<PageOfDocuments> {
  const body = await requestJson(fetchImpl, collection, url)
  if (!isPageOfDocuments(body)) throw new CmsRequestError(collection, url, 'the response is not a page of documents')
  return body
}

/** A public global (e.g. `contact`) in every locale, validated against its content-schemas schema. */
export async function fetchGlobal<G extends PublicGlobal>(
  cmsUrl: string,
  slug: G,
  { fetch: fetchImpl = fetch }: Pick<FetchCollectionOptions, 'fetch'> = {},
): Promise<PublicGlobalDocument<G>> {
  const url = new URL(`/api/globals/${slug}`, cmsUrl)
  url.searchParams.set('locale', 'all')
  url.searchParams.set('depth', '0')
  return parseGlobal(slug, await requestJson(fetchImpl, `globals/${slug}`, url.href))
}

/** One GET as an anonymous visitor, as JSON; waits when rate-limited, fails on anything else. */
async function requestJson(fetchImpl: typeof fetch, what: string, url: string): Promise<unknown> {
  let response: Response
  for (let attempt = 0; ; attempt += 1) {
    try {
      // No cookies or credentials: the build sees exactly what the public sees.
      response = await fetchImpl(url, {
        headers: { accept: 'application/json' },
        credentials: 'omit',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
      throw new CmsRequestError(what, url, `the CMS is unreachable (${cause})`)
    }
    // The CMS limits requests per client; a large build waits as long as it is told to.
    if (response.status !== 429 || attempt === RATE_LIMIT_RETRIES) break
    const seconds = Math.min(Number(response.headers.get('retry-after')) || 1, 60)
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  }
  if (!response.ok) throw new CmsRequestError(what, url, `HTTP ${response.status} ${response.statusText}`.trim())
  try {
    return await response.json()
  } catch {
    throw new CmsRequestError(what, url, 'the response is not JSON')
  }
}

function isPageOfDocuments(body: unknown): body is PageOfDocuments {
  const page = body as Partial<PageOfDocuments> | null
  return typeof page === 'object' && page !== null && Array.isArray(page.docs) && typeof page.totalDocs === 'number' && typeof page.hasNextPage === 'boolean'
}
