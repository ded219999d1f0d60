import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionSlug } from 'payload'
import { publicView } from './publicView.ts'
import { requestRebuild } from './request.ts'

const BEFORE = 'rebuild:publicBefore'

/**
 * Hooks that ask for a site rebuild exactly when a change alters what the public API returns:
 * publishing, unpublishing, deleting or editing something live. Saving a draft, or anything on a
 * restricted item, leaves the public view as it was and triggers nothing. Bulk writers (the
 * seed) set `context.skipRebuild` and build once at the end.
 */
export function rebuildOnPublicChange() {
  const beforeChange: CollectionBeforeChangeHook = async ({ collection, context, operation, originalDoc, req }) => {
    if (context.skipRebuild) return
    context[BEFORE] = operation === 'update' && originalDoc?.id !== undefined ? await publicView(req, collection.slug as CollectionSlug, originalDoc.id) : null
  }
  const afterChange: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
    if (context.skipRebuild) return doc
    const after = await publicView(req, collection.slug as CollectionSlug, doc.id)
    if (after !== context[BEFORE]) await requestRebuild(req, `${collection.slug} ${doc.id} changed`)
    return doc
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ collection, context, id, req }) => {
    if (context.skipRebuild) return
    context[BEFORE] = await publicView(req, collection.slug as CollectionSlug, id)
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
    if (!context.skipRebuild && context[BEFORE] !== null) await requestRebuild(req, `${collection.slug} ${doc.id} deleted`)
    return doc
  }
  return { beforeChange, afterChange, beforeDelete, afterDelete }
}
