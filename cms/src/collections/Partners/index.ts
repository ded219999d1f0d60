import { fieldDescription } from '../../i18n/labels.ts'
import { PARTNER_TIERS } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { vocabularyOptions } from '../../fields/options.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'
import { nameFromOrganization } from './hooks/nameFromOrganization.ts'

/** Who supports whom: the supporters-and-partners listing, grouped by what each partner supports, then by tier. */
export const Partners: CollectionConfig<'partners'> = {
  slug: 'partners',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'tier', 'sortOrder', '_status'] },
  defaultSort: 'sortOrder',
  // Known across databases by its organization: one listing per organization.
  custom: arkivi({ editorial: { publicWhen: 'published' }, naturalKey: 'organization' }),
  hooks: { beforeValidate: [nameFromOrganization] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: fieldDescription('partnerName') },
    },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true },
    { name: 'tier', type: 'select', required: true, options: vocabularyOptions(PARTNER_TIERS) },
    // What the partner supports: an organization as a whole (CEL's own supporters) and/or programmes
    // (the UN joint project's agencies and fund). The site's partners page groups by these.
    {
      name: 'supportedOrganization',
      type: 'relationship',
      relationTo: 'organizations',
      admin: { description: fieldDescription('supportedOrganization') },
    },
    {
      name: 'supportedPrograms',
      type: 'relationship',
      relationTo: 'programs',
      hasMany: true,
      admin: { description: fieldDescription('supportedPrograms') },
    },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'logoAlt', type: 'text', localized: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'link',
      type: 'text',
      validate: (value: string | null | undefined) => !value || /^https?:\/\/[^\s]+$/.test(value) || 'link: must be an http(s) URL',
    },
    { name: 'sortOrder', type: 'number', defaultValue: 100, index: true },
  ],
}
