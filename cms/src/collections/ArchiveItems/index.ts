import { fieldDescription } from '../../i18n/labels.ts'
import { ARCHIVE_ITEM_TYPES, ITEM_LANGUAGES, RIGHTS_STATEMENTS, VISIBILITIES } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { isStaffField } from '../../access/index.ts'
import { vocabularyOptions } from '../../fields/options.ts'
import { partialDateField } from '../../fields/partialDate.ts'
import { localizedRichText } from '../../fields/richTextField.ts'
import { requireDefaultLocale } from '../../hooks/requireDefaultLocale.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'

/** Staff-only fields: readable and writable by signed-in staff, absent from every public read. */
const staffOnly = { read: isStaffField, create: isStaffField, update: isStaffField }

/**
 * An archive entry described with Dublin Core elements. Visibility defaults to `restricted`:
 * an item reaches the public only when an editor both marks it public and publishes it.
 */
export const ArchiveItems: CollectionConfig<'archive-items'> = {
  slug: 'archive-items',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['identifier', 'title', 'type', 'visibility', '_status'],
  },
  custom: arkivi({ editorial: { publicWhen: 'publishedAndPublic' }, naturalKey: 'identifier' }),
  hooks: { beforeChange: [requireDefaultLocale(['title'])] },
  fields: [
    {
      name: 'identifier',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: fieldDescription('identifier') },
    },
    { name: 'title', type: 'text', localized: true, required: true },
    localizedRichText('description'),
    partialDateField('date', { required: true }),
    { name: 'type', type: 'select', required: true, options: vocabularyOptions(ARCHIVE_ITEM_TYPES) },
    {
      name: 'format',
      type: 'text',
      admin: { description: fieldDescription('format') },
    },
    { name: 'creators', type: 'text', hasMany: true },
    { name: 'subjects', type: 'relationship', relationTo: 'subjects', hasMany: true },
    { name: 'languages', type: 'select', hasMany: true, options: vocabularyOptions(ITEM_LANGUAGES) },
    { name: 'municipality', type: 'relationship', relationTo: 'municipalities' },
    { name: 'place', type: 'text', localized: true },
    { name: 'source', type: 'textarea', localized: true },
    { name: 'rights', type: 'select', required: true, options: vocabularyOptions(RIGHTS_STATEMENTS) },
    { name: 'files', type: 'upload', relationTo: 'media', hasMany: true },
    localizedRichText('transcript'),
    { name: 'contentWarning', type: 'textarea', localized: true },
    { name: 'related', type: 'relationship', relationTo: 'archive-items', hasMany: true },
    {
      name: 'sample',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: fieldDescription('sample') },
    },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'restricted',
      index: true,
      options: vocabularyOptions(VISIBILITIES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'consentNotes',
      type: 'textarea',
      access: staffOnly,
      admin: { position: 'sidebar', description: fieldDescription('consentNotes') },
    },
    {
      name: 'takedownNotes',
      type: 'textarea',
      access: staffOnly,
      admin: { position: 'sidebar', description: fieldDescription('takedownNotes') },
    },
    {
      // The requests the public sent about this item, beside the item for staff.
      name: 'takedownRequests',
      type: 'join',
      collection: 'takedown-requests',
      on: 'item',
      access: { read: isStaffField },
      admin: { defaultColumns: ['createdAt', 'request', 'status'] },
    },
  ],
}
