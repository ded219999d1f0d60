import { ORGANIZATION_ROLES } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { vocabularyOptions } from '../../fields/options.ts'
import { partialDateField } from '../../fields/partialDate.ts'
import { localizedRichText } from '../../fields/richTextField.ts'
import { slugField } from '../../fields/slug.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'

/** Organizations that run, fund or partner in programs: CEL, IOM, UNHCR, UN Women, the MPTF… */
export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'acronym', 'roles', '_status'] },
  custom: arkivi({ editorial: { publicWhen: 'published' }, naturalKey: 'slug' }),
  hooks: { beforeChange: [requireDefaultLocale(['name'])] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'acronym', type: 'text' },
    slugField('acronym'),
    localizedRichText('description'),
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      options: vocabularyOptions(ORGANIZATION_ROLES),
    },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'website',
      type: 'text',
      validate: (value: string | null | undefined) => !value || /^https?:\/\/[^\s]+$/.test(value) || 'website: must be an http(s) URL',
    },
    partialDateField('founded'),
    { name: 'governance', type: 'textarea', localized: true },
  ],
}
