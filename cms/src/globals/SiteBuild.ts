import type { GlobalConfig } from 'payload'
import { isStaff } from '../access/index.ts'
import { reportEndpoint } from '../rebuild/reportEndpoint.ts'
import { BUILD_STATUSES, SITE_BUILD_SLUG } from '../rebuild/status.ts'

/**
 * The public site's last build, as the admin shows it: written only by the rebuild job and by
 * the hosting platform's deploy notifications, never by hand.
 */
export const SiteBuild: GlobalConfig = {
  slug: SITE_BUILD_SLUG,
  label: { en: 'Site build', 'rs-latin': 'Izgradnja sajta', sq: 'Ndërtimi i faqes' },
  admin: { description: 'When the public site was last rebuilt and whether that build succeeded.' },
  access: { read: isStaff, update: () => false },
  endpoints: [reportEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      options: BUILD_STATUSES.map((value) => ({ value, label: value })),
      admin: { readOnly: true },
    },
    { name: 'reason', type: 'text', admin: { readOnly: true, description: 'The change that asked for the build.' } },
    { name: 'target', type: 'text', admin: { readOnly: true } },
    { name: 'requestedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastSuccessAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', admin: { readOnly: true } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
  ],
}
