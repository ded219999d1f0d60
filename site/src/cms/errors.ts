/**
 * Errors that stop the build. Each names the collection (and, where known, the document, field
 * and locale), so the person reading the build log knows what to fix in the CMS.
 */

/** The CMS did not answer, or answered with something other than a page of documents. */
export class CmsRequestError extends Error {
  constructor(
    readonly collection: string,
    readonly url: string,
    detail: string,
  ) {
    super(`CMS request failed for collection "${collection}" (${url}): ${detail}`)
    this.name = 'CmsRequestError'
  }
}

/** A collection the site cannot be built without came back empty. */
export class EmptyCollectionError extends Error {
  constructor(
    readonly collection: string,
    url: string,
  ) {
    super(`CMS collection "${collection}" returned no public documents (${url}); ` + 'the site needs at least one, so the build stops rather than publish a partial site')
    this.name = 'EmptyCollectionError'
  }
}
