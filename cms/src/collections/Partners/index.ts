import { fieldDescription } from '../../i18n/labels.ts'
import { PARTNER_TIERS } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { canCreate, canUpdate, isEditor, isStaff, publishedOnly } from '../../access/index.ts'
import { vocabularyOptions } from '../../fields/options.ts'
import { syncMediaVisibility } from '../../hooks/syncMediaVisibility.ts'
import { rebuildOnPublicChange } from '../../rebuild/hooks.ts'
import { versionsWithDrafts } from '../versions.ts'
import { nameFromOrganization } from './hooks/nameFromOrganization.ts'

const rebuild = rebuildOnPublicChange()
const logoVisibility = syncMediaVisibility('logo')

/** Who supports whom: the supporters-and-partners listing, by tier, for donors and visitors. */
export const Partners: CollectionConfig<'partners'> = {
  slug: 'partners',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'tier', 'sortOrder', '_status'] },
  defaultSort: 'sortOrder',
  access: {
    read: publishedOnly,
    readVersions: isStaff,
    create: canCreate,
    update: canUpdate,
    delete: isEditor,
  },
  versions: versionsWithDrafts,
  hooks: {
    beforeChange: [rebuild.beforeChange],
    beforeValidate: [nameFromOrganization],
    afterChange: [logoVisibility.afterChange, rebuild.afterChange],
    beforeDelete: [rebuild.beforeDelete],
    afterDelete: [logoVisibility.afterDelete, rebuild.afterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: fieldDescription('partnerName') },
    },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true },
    { name: 'tier', type: 'select', required: true, options: vocabularyOptions(PARTNER_TIERS) },
    { name: 'supportedPrograms', type: 'relationship', relationTo: 'programs', hasMany: true },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'logoAlt', type: 'text', localized: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'link',
      type: 'text',
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/[^\s]+$/.test(value) || 'link: must be an http(s) URL',
    },
    { name: 'sortOrder', type: 'number', defaultValue: 100, index: true },
  ],
}
