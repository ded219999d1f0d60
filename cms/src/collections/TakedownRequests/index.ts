import { LOCALES, TAKEDOWN_LIMITS, TAKEDOWN_STATUSES } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { canPublish, isStaff } from '../../access/index.ts'
import { vocabularyOptions } from '../../fields/options.ts'
import { submitEndpoint } from './submitEndpoint.ts'

/**
 * Requests to take something down or change it, sent by anyone through the site's form
 * (`POST /api/takedown-requests/submit`, the only way in). Staff-only: nobody outside staff can
 * list, read or count them. What the sender typed is kept as typed; no IP address, browser
 * fingerprint or cookie is stored. The archive item named is linked, so staff see the request on
 * the item's own page too.
 */
export const TakedownRequests: CollectionConfig<'takedown-requests'> = {
  slug: 'takedown-requests',
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['createdAt', 'page', 'item', 'status'],
    listSearchableFields: ['page', 'request'],
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: () => false, update: isStaff, delete: canPublish },
  endpoints: [submitEndpoint],
  fields: [
    { name: 'page', type: 'text', required: true, maxLength: TAKEDOWN_LIMITS.page, admin: { readOnly: true } },
    { name: 'item', type: 'relationship', relationTo: 'archive-items', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'request', type: 'textarea', required: true, maxLength: TAKEDOWN_LIMITS.request, admin: { readOnly: true } },
    { name: 'replyTo', type: 'email', admin: { readOnly: true } },
    { name: 'locale', type: 'select', options: LOCALES.map((code) => ({ value: code, label: code })), admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: vocabularyOptions(TAKEDOWN_STATUSES),
      admin: { position: 'sidebar' },
    },
    { name: 'staffNotes', type: 'textarea' },
  ],
}
