import type { CollectionConfig } from 'payload'
import { serverUrl } from '../env.ts'

/**
 * Where the admin previews a document: /preview/<collection>/<id>?locale=… on the CMS's own
 * origin (the admin's session cookie goes with it, no cross-site cookie needed). Absolute,
 * because Payload posts its live-preview messages to this URL's origin. Null for a document not
 * saved yet.
 */
export function previewUrl(collection: string, id: unknown, locale: string): string | null {
  if (id === undefined || id === null || id === '') return null
  const url = new URL(`/preview/${collection}/${encodeURIComponent(String(id))}`, serverUrl())
  url.searchParams.set('locale', locale)
  return url.href
}

/** The Preview button and the Live Preview pane of an editorial collection, in the admin's current locale. */
export function previewAdmin(slug: string): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  return {
    preview: (doc, { locale }) => previewUrl(slug, doc.id, locale),
    livePreview: { url: ({ data, locale }) => previewUrl(slug, data.id, locale.code) },
  }
}
