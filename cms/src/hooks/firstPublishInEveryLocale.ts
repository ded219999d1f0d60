import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '@arkivi/content-schemas'
import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { ValidationError } from 'payload'
import { everPublished } from '../versions/everPublished.ts'

/**
 * Payload's "Publish in <language>" (`publishSpecificLocale`, also a scheduled publication's
 * locale) publishes that language's fields over the last published version. A document never
 * published has none, so it would go public with that language alone, without the Albanian source
 * that requireDefaultLocale checks in the draft. Its first publication is of every language, or of
 * Albanian alone.
 */
export const firstPublishInEveryLocale: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const locale = (args as { publishSpecificLocale?: string }).publishSpecificLocale
  if ((operation !== 'update' && operation !== 'updateByID') || !locale || locale === DEFAULT_LOCALE) return args
  const id = (args as { id?: number | string }).id
  if (id !== undefined && (await everPublished(req, collection.slug as CollectionSlug, id))) return args
  const language = LOCALE_INFO[locale as Locale]?.englishName ?? locale
  throw new ValidationError({
    collection: collection.slug,
    ...(id !== undefined && { id }),
    errors: [
      {
        path: '_status',
        message: `${collection.slug}${id !== undefined ? ` ${id}` : ''}: publishing in ${language} alone (locale "${locale}") needs a published version to add it to; publish it in every language (or in ${LOCALE_INFO[DEFAULT_LOCALE].englishName}) first.`,
      },
    ],
  })
}
