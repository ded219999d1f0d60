import type { CollectionConfig } from 'payload'
import { anyone, canPublish, isAdmin } from '../../access/index.ts'
import { slugField } from '../../fields/slug.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { rebuildOnPublicChange } from '../../rebuild/hooks.ts'

const rebuild = rebuildOnPublicChange()

/** The archive's subject taxonomy (dc:subject), localized. */
export const Subjects: CollectionConfig<'subjects'> = {
  slug: 'subjects',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  defaultSort: 'slug',
  access: { read: anyone, create: canPublish, update: canPublish, delete: isAdmin },
  hooks: {
    beforeChange: [requireDefaultLocale(['name']), rebuild.beforeChange],
    afterChange: [rebuild.afterChange],
    beforeDelete: [rebuild.beforeDelete],
    afterDelete: [rebuild.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
