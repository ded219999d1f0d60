import type { z } from 'zod'
import { isLocale } from '../locales.ts'
import { PUBLIC_COLLECTION_SCHEMAS, type PublicCollection, type PublicDocument } from './registry.ts'

/** One problem in one document, located by collection, id, field path and locale. */
export type ContentIssue = {
  collection: string
  id: string
  field: string
  locale: string | null
  message: string
}

/** A document that breaks its schema; the message lists every issue, one per line. */
export class ContentValidationError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'ContentValidationError'
  }
}

export function formatIssue({ collection, id, field, locale, message }: ContentIssue): string {
  return `${collection} id=${id} field=${field || '(document)'}${locale ? ` locale=${locale}` : ''}: ${message}`
}

/** What an unknown field means, and the two ways to fix it. */
export const UNKNOWN_FIELD_MESSAGE = 'field not in the public contract: declare it in content-schemas, or hide it from the public with an access rule'

/**
 * Turns zod's issues into located ones; a locale segment in the path becomes the locale. Zod
 * reports unknown fields once per object, located at the object: here each becomes its own issue
 * located at the field itself.
 */
export function locateIssues(collection: string, id: string, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => locate(collection, id, [...issue.path, key], UNKNOWN_FIELD_MESSAGE))
    }
    return [locate(collection, id, issue.path, issue.message)]
  })
}

function locate(collection: string, id: string, issuePath: PropertyKey[], message: string): ContentIssue {
  const path = issuePath.map(String)
  const localeIndex = path.findIndex((segment) => isLocale(segment))
  const locale = localeIndex >= 0 ? path[localeIndex] : null
  const field = path.filter((_, index) => index !== localeIndex).join('.')
  return { collection, id, field, locale, message }
}

/** Validates a raw public API document against its collection's schema, or throws. */
export function parseDocument<C extends PublicCollection>(collection: C, raw: unknown): PublicDocument<C> {
  const result = PUBLIC_COLLECTION_SCHEMAS[collection].safeParse(raw)
  if (result.success) return result.data as PublicDocument<C>
  const id = String((raw as { id?: unknown } | null)?.id ?? '(no id)')
  throw new ContentValidationError(locateIssues(collection, id, result.error))
}
