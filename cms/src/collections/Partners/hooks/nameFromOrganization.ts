import type { CollectionBeforeValidateHook } from 'payload'

/** Fills the admin-facing name from the organization's acronym (or name) when left empty. */
export const nameFromOrganization: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || (typeof data.name === 'string' && data.name.trim() !== '')) return data
  const organization = data.organization
  const id = typeof organization === 'object' && organization !== null ? organization.id : organization
  if (id === undefined || id === null) return data
  const org = await req.payload.findByID({
    collection: 'organizations',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return { ...data, name: org.acronym || org.name }
}
