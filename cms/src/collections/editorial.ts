import type { Access, CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { canCreate, canPublish, canUpdate, isStaff } from '../access/index.ts'
import { syncMediaVisibility } from '../hooks/syncMediaVisibility.ts'
import { rebuildOnPublicChange } from '../rebuild/hooks.ts'

/**
 * What every editorial collection (organizations, programs, partners, archive items) shares:
 * drafts with a version history and scheduled publishing, the publishing access rules, and the
 * hooks that keep media visibility and the public site in step with what is published.
 */
export const versionsWithDrafts: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

/** The public reads through `read`; staff read everything; contributors cannot publish. */
export function editorialAccess(read: Access): CollectionConfig['access'] {
  return { read, readVersions: isStaff, create: canCreate, update: canUpdate, delete: canPublish }
}

/** The publication hooks for a collection whose `mediaField` holds files, plus its own hooks. */
export function editorialHooks(
  mediaField: string,
  own: { beforeValidate?: CollectionBeforeValidateHook[]; beforeChange?: CollectionBeforeChangeHook[] } = {},
): CollectionConfig['hooks'] {
  const rebuild = rebuildOnPublicChange()
  const media = syncMediaVisibility(mediaField)
  return {
    beforeValidate: own.beforeValidate ?? [],
    beforeChange: [...(own.beforeChange ?? []), rebuild.beforeChange],
    afterChange: [media.afterChange, rebuild.afterChange],
    beforeDelete: [rebuild.beforeDelete],
    afterDelete: [media.afterDelete, rebuild.afterDelete],
  }
}
