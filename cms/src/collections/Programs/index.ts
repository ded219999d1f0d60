import { fieldDescription } from '../../i18n/labels.ts'
import { ACTIVITY_CATEGORIES, PROGRAM_KINDS } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { vocabularyOptions } from '../../fields/options.ts'
import { localizedRichText } from '../../fields/richTextField.ts'
import { slugField } from '../../fields/slug.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'

/** An organization's standing programs (CEL's Support programme…) and time-bound projects. */
export const Programs: CollectionConfig<'programs'> = {
  slug: 'programs',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'owner', '_status'] },
  custom: arkivi({ editorial: { publicWhen: 'published' }, naturalKey: 'slug' }),
  hooks: { beforeChange: [requireDefaultLocale(['title', 'summary'])] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField('title'),
    { name: 'kind', type: 'select', required: true, options: vocabularyOptions(PROGRAM_KINDS) },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    localizedRichText('body'),
    { name: 'owner', type: 'relationship', relationTo: 'organizations' },
    { name: 'implementers', type: 'relationship', relationTo: 'organizations', hasMany: true },
    { name: 'funders', type: 'relationship', relationTo: 'organizations', hasMany: true },
    localizedRichText('expectedResults'),
    localizedRichText('targetBeneficiaries'),
    { name: 'activitiesNote', type: 'textarea', localized: true },
    {
      name: 'activities',
      type: 'array',
      fields: [
        { name: 'title', type: 'text', localized: true, required: true },
        { name: 'description', type: 'textarea', localized: true },
        {
          name: 'category',
          type: 'select',
          required: true,
          options: vocabularyOptions(ACTIVITY_CATEGORIES),
        },
        {
          name: 'municipalities',
          type: 'relationship',
          relationTo: 'municipalities',
          hasMany: true,
        },
      ],
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      admin: { description: fieldDescription('programMunicipalities') },
    },
    localizedRichText('referralMechanism'),
    { name: 'documents', type: 'upload', relationTo: 'media', hasMany: true },
    {
      name: 'period',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'end', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    { name: 'subjects', type: 'relationship', relationTo: 'subjects', hasMany: true },
  ],
}
