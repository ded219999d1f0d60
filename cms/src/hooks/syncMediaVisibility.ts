import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { mediaIdsIn, refreshMediaVisibility } from '../collections/Media/visibility.ts'

/**
 * Hooks that keep media visibility in step with the documents that use the files in `fields`:
 * publishing makes a file public, unpublishing, restricting or deleting may make it private.
 */
export function syncMediaVisibility(fields: string[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const idsIn = (doc: Record<string, unknown> | undefined) => fields.flatMap((field) => mediaIdsIn(doc, field))
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      await refreshMediaVisibility(req, [...idsIn(doc), ...idsIn(previousDoc)])
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await refreshMediaVisibility(req, idsIn(doc))
      return doc
    },
  }
}
