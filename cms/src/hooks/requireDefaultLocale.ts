import { DEFAULT_LOCALE, LOCALE_INFO } from '@arkivi/content-schemas'
import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { ValidationError } from 'payload'

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/**
 * The default locale (Albanian) is the source language: every translation and the site's
 * fallback start from it, so nothing reaches the public without the Albanian text of the given
 * fields, whichever locale it is saved in. A draft may lack it: autosave creates a document the
 * moment "Create new" is opened and saves it while the editor types, and the preview names what
 * is still missing; publishing it is refused. A collection without drafts requires it always.
 */
export function requireDefaultLocale(fields: string[]): CollectionBeforeChangeHook {
  return async ({ collection, data, operation, originalDoc, req }) => {
    const drafts = Boolean(collection.versions?.drafts)
    if (drafts && (data._status ?? originalDoc?._status) !== 'published') return data
    const locale = req.locale ?? DEFAULT_LOCALE
    let source: Record<string, unknown> | undefined
    if (locale === DEFAULT_LOCALE) {
      source = { ...(operation === 'update' ? originalDoc : {}), ...data }
    } else if (operation === 'update' && originalDoc?.id !== undefined) {
      // A Local API call given `req` overwrites req.locale with its own locale; restore it, or
      // the document being saved would be written into the default locale.
      const { locale: savedLocale, fallbackLocale: savedFallback } = req
      try {
        source = (await req.payload.findByID({
          collection: collection.slug as CollectionSlug,
          id: originalDoc.id,
          locale: DEFAULT_LOCALE,
          fallbackLocale: false,
          draft: true,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>
      } finally {
        req.locale = savedLocale
        req.fallbackLocale = savedFallback
      }
    }
    const missing = fields.filter((field) => isBlank(source?.[field]))
    if (missing.length > 0) {
      throw new ValidationError({
        collection: collection.slug,
        errors: missing.map((path) => ({
          path,
          message: `${path}: the ${LOCALE_INFO[DEFAULT_LOCALE].englishName} (${DEFAULT_LOCALE}) text is required${drafts ? ' to publish' : ''} (saving locale "${locale}").`,
        })),
      })
    }
    return data
  }
}
