import { DEFAULT_LOCALE } from '@arkivi/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

/** Images need alt text in the default locale; PDFs are described by their documents instead. */
export const requireImageAlt: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const mimeType: unknown = data.mimeType ?? originalDoc?.mimeType
  const isImage = typeof mimeType === 'string' && mimeType.startsWith('image/')
  const locale = req.locale ?? DEFAULT_LOCALE
  if (!isImage || locale !== DEFAULT_LOCALE) return data
  const alt: unknown = data.alt ?? originalDoc?.alt
  if (typeof alt !== 'string' || alt.trim() === '') {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'alt', message: `alt: images need alt text in ${DEFAULT_LOCALE}.` }],
    })
  }
  return data
}
