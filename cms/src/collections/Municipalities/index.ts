import { fieldDescription } from '../../i18n/labels.ts'
import type { CollectionConfig } from 'payload'
import { anyone, canPublish, isAdmin } from '../../access/index.ts'
import { slugField } from '../../fields/slug.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'

/** Kosovo's municipalities with both official names (Gjakovë / Đakovica). Public reference data. */
export const Municipalities: CollectionConfig<'municipalities'> = {
  slug: 'municipalities',
  admin: { useAsTitle: 'displayName', defaultColumns: ['nameSq', 'nameSr', 'slug'] },
  defaultSort: 'slug',
  access: { read: anyone, create: canPublish, update: canPublish, delete: isAdmin },
  custom: arkivi({ naturalKey: 'slug' }),
  hooks: { beforeChange: [requireDefaultLocale(['displayName'])] },
  fields: [
    { name: 'nameSq', type: 'text', required: true, admin: { description: fieldDescription('nameSq') } },
    { name: 'nameSr', type: 'text', required: true, admin: { description: fieldDescription('nameSr') } },
    slugField('nameSq'),
    { name: 'displayName', type: 'text', localized: true, required: true },
  ],
}
