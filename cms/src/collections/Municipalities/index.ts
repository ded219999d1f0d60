import { fieldDescription } from '../../i18n/labels.ts'
import type { CollectionConfig } from 'payload'
import { anyone, canPublish, isAdmin } from '../../access/index.ts'
import { slugField } from '../../fields/slug.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { rebuildOnPublicChange } from '../../rebuild/hooks.ts'

const rebuild = rebuildOnPublicChange()

/** Kosovo's municipalities with both official names (Gjakovë / Đakovica). Public reference data. */
export const Municipalities: CollectionConfig<'municipalities'> = {
  slug: 'municipalities',
  admin: { useAsTitle: 'displayName', defaultColumns: ['nameSq', 'nameSr', 'slug'] },
  defaultSort: 'slug',
  access: { read: anyone, create: canPublish, update: canPublish, delete: isAdmin },
  hooks: {
    beforeChange: [requireDefaultLocale(['displayName']), rebuild.beforeChange],
    afterChange: [rebuild.afterChange],
    beforeDelete: [rebuild.beforeDelete],
    afterDelete: [rebuild.afterDelete],
  },
  fields: [
    { name: 'nameSq', type: 'text', required: true, admin: { description: fieldDescription('nameSq') } },
    { name: 'nameSr', type: 'text', required: true, admin: { description: fieldDescription('nameSr') } },
    slugField('nameSq'),
    { name: 'displayName', type: 'text', localized: true, required: true },
  ],
}
