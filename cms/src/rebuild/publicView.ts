import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * A document exactly as an anonymous visitor (and so the site build) reads it, serialised, or
 * null when the public cannot read it. Read inside the request's transaction, as nobody.
 */
export async function publicView(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<string | null> {
  // A copy of the request without its user: the Local API takes the user from the request it is
  // given and also overwrites that request's locale, which must not leak into the caller's.
  const anonymous = { ...req, user: null, context: { ...req.context } } as PayloadRequest
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    locale: 'all',
    overrideAccess: false,
    disableErrors: true,
    req: anonymous,
  })
  return doc ? JSON.stringify(doc) : null
}
