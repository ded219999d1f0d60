import type { CollectionConfig } from 'payload'
import { canCreate, canPublish, canUpdate, isStaff, publicReads, type PublicRule } from '../../access/index.ts'
import { firstPublishInEveryLocale } from '../../hooks/firstPublishInEveryLocale.ts'
import { syncMediaVisibility } from '../../hooks/syncMediaVisibility.ts'
import { previewAdmin } from '../../preview/links.ts'
import { rebuildOnPublicChange } from '../../rebuild/hooks.ts'
import { declarationOf } from './declaration.ts'
import { mediaFieldsOf } from './registry.ts'

/** How long typing pauses before an autosave: short, because the preview pane waits on it. */
const AUTOSAVE_INTERVAL_MS = 500

/**
 * Drafts with a version history, scheduled publishing and autosave: the Live Preview pane loads
 * again after every save, so it follows typing within the interval and a render. Payload creates
 * the draft the moment "Create new" is opened, so a draft may lack what publishing requires
 * (hooks/requireDefaultLocale.ts); "Save draft" stays for editors who want a named point.
 */
const versionsWithDrafts: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: AUTOSAVE_INTERVAL_MS, showSaveDraftButton: true }, schedulePublish: true },
  maxPerDoc: 50,
}

/** The public reads what `publicWhen` admits; staff read everything; contributors cannot publish. */
function editorialAccess(publicWhen: PublicRule): CollectionConfig['access'] {
  return { read: publicReads(publicWhen), readVersions: isStaff, create: canCreate, update: canUpdate, delete: canPublish }
}

/**
 * A collection as its arkivi declaration makes it. Every content collection asks for a site
 * rebuild when a change alters what the public reads (after its own hooks). An editorial one also
 * gets drafts and the publishing access rules (its own rules, if any, win), a first publication
 * in every language, and hooks that keep its media fields' files public exactly while a public
 * document uses them. Collections without a declaration are returned as they are.
 */
export function withArkivi(collection: CollectionConfig): CollectionConfig {
  const declared = declarationOf(collection)
  if (!declared) return collection
  const mediaFields = mediaFieldsOf(collection)
  if (mediaFields.length > 0 && !declared.editorial) {
    throw new Error(`arkivi: ${collection.slug} holds media (${mediaFields.join(', ')}) but is not editorial, so no rule would make its files public`)
  }
  const nested = mediaFields.filter((path) => path.includes('.'))
  if (nested.length > 0) throw new Error(`arkivi: ${collection.slug}: media fields must be top-level to be kept in step (${nested.join(', ')})`)
  const own = collection.hooks ?? {}
  const rebuild = rebuildOnPublicChange()
  const media = mediaFields.length > 0 ? [syncMediaVisibility(mediaFields)] : []
  return {
    ...collection,
    ...(declared.editorial && {
      versions: versionsWithDrafts,
      access: { ...editorialAccess(declared.editorial.publicWhen), ...collection.access },
      admin: { ...previewAdmin(collection.slug), ...collection.admin },
    }),
    hooks: {
      ...own,
      ...(declared.editorial && { beforeOperation: [...(own.beforeOperation ?? []), firstPublishInEveryLocale] }),
      beforeChange: [...(own.beforeChange ?? []), rebuild.beforeChange],
      afterChange: [...(own.afterChange ?? []), ...media.map((sync) => sync.afterChange), rebuild.afterChange],
      beforeDelete: [...(own.beforeDelete ?? []), rebuild.beforeDelete],
      afterDelete: [...(own.afterDelete ?? []), ...media.map((sync) => sync.afterDelete), rebuild.afterDelete],
    },
  }
}
