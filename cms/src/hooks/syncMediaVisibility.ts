import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { mediaIdsIn, refreshMediaVisibility } from '../collections/Media/visibility.ts'

/**
 * Hooks that keep media visibility in step with the documents that use the files in `field`:
 * publishing makes a file public, unpublishing, restricting or deleting may make it private.
 */
export function syncMediaVisibility(field: string): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      await refreshMediaVisibility(req, [...mediaIdsIn(doc, field), ...mediaIdsIn(previousDoc, field)])
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await refreshMediaVisibility(req, mediaIdsIn(doc, field))
      return doc
    },
  }
}
