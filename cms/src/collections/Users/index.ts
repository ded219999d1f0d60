import { USER_ROLES } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField, isAdminOrSelf } from '../../access/index.ts'
import { vocabularyOptions } from '../../fields/options.ts'

/** Staff accounts. Repeated failed logins lock an account for a while. */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  access: { read: isAdminOrSelf, create: isAdmin, update: isAdminOrSelf, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: vocabularyOptions(USER_ROLES),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
