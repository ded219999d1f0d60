import type { Field, GlobalConfig } from 'payload'
import { isStaff } from '../access/index.ts'
import { SITE_BUILD_LABELS } from '../i18n/siteBuild.ts'
import { rebuildNowEndpoint } from '../rebuild/rebuildNowEndpoint.ts'
import { reportEndpoint } from '../rebuild/reportEndpoint.ts'
import { BUILD_STATUSES, SITE_BUILD_SLUG } from '../rebuild/status.ts'

const { fields: labels } = SITE_BUILD_LABELS
const shown = (name: keyof typeof labels) => ({ label: labels[name].label, admin: { readOnly: true, description: labels[name].description } })
const moment = (name: keyof typeof labels): Field => ({
  name,
  type: 'date',
  ...shown(name),
  admin: { ...shown(name).admin, date: { pickerAppearance: 'dayAndTime' } },
})

/**
 * The public site's last build, as the admin shows it: written only by the rebuild job, by the
 * local runner's build reports and by Netlify's deploy notifications (reportEndpoint.ts), never by
 * hand; "Rebuild now" asks for one (rebuildNowEndpoint.ts).
 */
export const SiteBuild: GlobalConfig = {
  slug: SITE_BUILD_SLUG,
  label: SITE_BUILD_LABELS.global,
  admin: { description: SITE_BUILD_LABELS.description },
  access: { read: isStaff, update: () => false },
  endpoints: [reportEndpoint, rebuildNowEndpoint],
  fields: [
    { name: 'rebuildNow', type: 'ui', admin: { components: { Field: '/components/siteBuild/RebuildNowButton.tsx#RebuildNowButton' } } },
    {
      name: 'status',
      type: 'select',
      options: BUILD_STATUSES.map((value) => ({ value, label: SITE_BUILD_LABELS.statuses[value] })),
      ...shown('status'),
    },
    { name: 'reason', type: 'text', ...shown('reason') },
    { name: 'target', type: 'text', ...shown('target') },
    moment('requestedAt'),
    moment('startedAt'),
    moment('finishedAt'),
    moment('lastSuccessAt'),
    { name: 'durationMs', type: 'number', ...shown('durationMs') },
    { name: 'error', type: 'textarea', ...shown('error') },
  ],
}
