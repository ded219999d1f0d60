import { getCollection, type CollectionKey } from 'astro:content'
import type { ArchiveItem, Contact, Media, Municipality, Organization, Partner, Program, Subject } from '@arkivi/content-schemas'
import { assembleSiteData } from './siteData/assemble.ts'
import type { SiteCollections, SiteData } from './siteData/types.ts'

export { resolveIds } from './siteData/relations.ts'
export type { ActivityAt, Item, SiteData } from './siteData/types.ts'

let loading: Promise<SiteData> | undefined

/** The site's data, loaded on first use and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
  return (loading ??= loadCollections().then(assembleSiteData))
}

async function all<T>(collection: CollectionKey): Promise<T[]> {
  return (await getCollection(collection)).map((entry) => entry.data as T)
}

/** Every content collection's documents, as the loaders validated them. */
async function loadCollections(): Promise<SiteCollections> {
  const [archiveItems, organizations, programs, partners, municipalities, subjects, media, [contact]] = await Promise.all([
    all<ArchiveItem>('archiveItems'),
    all<Organization>('organizations'),
    all<Program>('programs'),
    all<Partner>('partners'),
    all<Municipality>('municipalities'),
    all<Subject>('subjects'),
    all<Media>('media'),
    all<Contact>('contact'),
  ])
  return { archiveItems, organizations, programs, partners, municipalities, subjects, media, contact }
}
