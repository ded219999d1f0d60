import type { CollectionConfig } from 'payload'

/** Drafts, a version history and scheduled publishing, shared by every editorial collection. */
export const versionsWithDrafts: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
