import {
  ContentValidationError,
  PUBLIC_COLLECTION_SCHEMAS,
  PUBLIC_COLLECTION_SLUGS,
  parseDocument,
  type ContentIssue,
  type PublicCollection,
  type PublicDocument,
} from '@arkivi/content-schemas'

/** The collections the preview renders, by CMS slug; each names the site collection it belongs to. */
export const PREVIEWABLE = {
  [PUBLIC_COLLECTION_SLUGS.archiveItems]: 'archiveItems',
  [PUBLIC_COLLECTION_SLUGS.programs]: 'programs',
  [PUBLIC_COLLECTION_SLUGS.organizations]: 'organizations',
  [PUBLIC_COLLECTION_SLUGS.partners]: 'partners',
} as const
export type PreviewableCollection = keyof typeof PREVIEWABLE

export function isPreviewable(collection: string): collection is PreviewableCollection {
  return Object.hasOwn(PREVIEWABLE, collection)
}

type Shape = Record<string, { _zod: { def: { type: string; innerType?: { _zod: { def: { type: string } } } } } }>

/** A field the public contract forbids (`staffOnly`: an optional `never`), such as consent notes. */
function isStaffOnly(field: Shape[string]): boolean {
  const { def } = field._zod
  return def.type === 'optional' && def.innerType?._zod.def.type === 'never'
}

/**
 * A document as the signed-in editor reads it, in the shape the public API would give it once
 * published and public: only the contract's fields (staff-only notes and Payload's bookkeeping
 * dropped), `_status` published, `visibility` public, a file `isPublic`. The banner says what is
 * really so. Then validated as the site build validates it, so a draft the build would refuse is
 * reported, field by field, instead of rendered.
 */
export function asPublished<C extends PublicCollection>(collection: C, raw: Record<string, unknown>): PublicDocument<C> {
  const shape = (PUBLIC_COLLECTION_SCHEMAS[collection] as unknown as { shape: Shape }).shape
  const doc: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) if (key in raw && !isStaffOnly(field)) doc[key] = raw[key]
  if ('_status' in shape) doc._status = 'published'
  if ('visibility' in shape) doc.visibility = 'public'
  if ('isPublic' in shape) doc.isPublic = true
  return parseDocument(collection, doc)
}

/** The problems that keep a draft from being shown, or null when `error` is something else. */
export function draftIssues(error: unknown): ContentIssue[] | null {
  return error instanceof ContentValidationError ? error.issues : null
}
