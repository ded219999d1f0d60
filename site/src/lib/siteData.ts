import { AsyncLocalStorage } from 'node:async_hooks'
import { getCollection, type CollectionKey } from 'astro:content'
import type { ArchiveItem, Contact, Media, Municipality, Organization, Partner, Program, Subject } from '@arkivi/content-schemas'
import { assembleSiteData } from './siteData/assemble.ts'
import type { SiteCollections, SiteData } from './siteData/types.ts'

export { resolveIds } from './siteData/relations.ts'
export type { ActivityAt, Item, SiteData } from './siteData/types.ts'

let loading: Promise<SiteData> | undefined

/**
 * The draft preview's seam (site/preview/): while `withSiteData` runs, every page reads the data
 * it was given (the public site with one draft in it) instead of the build's content collections,
 * so the preview renders the site's own pages unchanged.
 */
const given = new AsyncLocalStorage<SiteData>()

/** Runs `render` with `data` as the site data every page loads. */
export function withSiteData<T>(data: SiteData, render: () => Promise<T>): Promise<T> {
  return given.run(data, render)
}

/** The site's data, loaded on first use and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
  const data = given.getStore()
  if (data) return Promise.resolve(data)
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
