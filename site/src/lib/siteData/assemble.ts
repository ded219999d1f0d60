import { activitiesByMunicipality, hostOrganization } from './groups.ts'
import { usedMedia } from './mediaUse.ts'
import { itemOrders, partnerOrder, programOrder, slugOrder } from './order.ts'
import { byId, resolveItems } from './relations.ts'
import type { SiteCollections, SiteData } from './types.ts'

/** Everything the pages need, from the collections' documents alone (no I/O). */
export function assembleSiteData(collections: SiteCollections): SiteData {
  const media = byId(collections.media)
  const subjectById = byId(collections.subjects)
  const municipalityById = byId(collections.municipalities)
  const organizations = byId(collections.organizations)
  const { items, itemBySlug } = resolveItems(collections.archiveItems, { subjects: subjectById, municipalities: municipalityById, media })
  const programs = programOrder(collections.programs)
  return {
    items,
    ...itemOrders(items),
    itemBySlug,
    organizations,
    programs,
    partners: partnerOrder(collections.partners),
    municipalities: slugOrder(collections.municipalities),
    municipalityById,
    subjects: slugOrder(collections.subjects),
    subjectById,
    media,
    usedMedia: usedMedia(media, {
      archiveItems: collections.archiveItems,
      programs: collections.programs,
      organizations: collections.organizations,
      partners: collections.partners,
    }),
    hostOrganization: hostOrganization(programs, organizations, collections.organizations),
    activitiesByMunicipality: activitiesByMunicipality(programs),
    contact: collections.contact,
  }
}
