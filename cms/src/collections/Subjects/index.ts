import type { CollectionConfig } from 'payload'
import { anyone, canPublish, isAdmin } from '../../access/index.ts'
import { slugField } from '../../fields/slug.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'

/** The archive's subject taxonomy (dc:subject), localized. */
export const Subjects: CollectionConfig<'subjects'> = {
  slug: 'subjects',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  defaultSort: 'slug',
  access: { read: anyone, create: canPublish, update: canPublish, delete: isAdmin },
  custom: arkivi({ naturalKey: 'slug' }),
  hooks: { beforeChange: [requireDefaultLocale(['name'])] },
  fields: [{ name: 'name', type: 'text', localized: true, required: true }, slugField('name'), { name: 'description', type: 'textarea', localized: true }],
}
