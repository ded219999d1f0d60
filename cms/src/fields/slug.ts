import { fieldDescription } from '../i18n/labels.ts'
import { slugify } from '@arkivi/content-schemas'
import type { TextField } from 'payload'

/**
 * One stable slug per document, shared by every locale: derived from the Albanian source
 * field when left empty, then kept, so links survive re-titling and translation.
 */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: fieldDescription('slug') },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          const source = data?.[sourceField] ?? originalDoc?.[sourceField]
          const text = typeof source === 'string' ? source : source?.sq
          return typeof text === 'string' && text.trim() !== '' ? slugify(text) : value
        },
      ],
    },
  }
}
