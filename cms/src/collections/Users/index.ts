import { USER_ROLES } from '@arkivi/content-schemas'
import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField, isAdminOrSelf } from '../../access/index.ts'
import { sessionCookies } from '../../env.ts'
import { vocabularyOptions } from '../../fields/options.ts'
import { limitResetRequests } from './hooks/limitResetRequests.ts'
import { revokeSessionsWhenLocked } from './hooks/revokeSessionsWhenLocked.ts'

/**
 * Staff accounts. Repeated failed logins lock an account for a while and end its sessions; a
 * password change ends every other session (Payload's own rule); only admins unlock accounts.
 * Made when the config is built, since the cookies' security comes from the environment (CMS_URL).
 */
export const usersCollection = (): CollectionConfig<'users'> => ({
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: sessionCookies(),
    // Payload's per-account interval writes outside the request's transaction, which SQLite
    // refuses ("database is locked"); ./hooks/limitResetRequests.ts replaces it.
    forgotPassword: { minRequestInterval: 0 },
  },
  access: { read: isAdminOrSelf, create: isAdmin, update: isAdminOrSelf, delete: isAdmin, unlock: isAdmin },
  hooks: { beforeOperation: [limitResetRequests], beforeRead: [revokeSessionsWhenLocked] },
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
})
