import type { Loader } from 'astro/loaders'
import { PUBLIC_COLLECTION_SCHEMAS, PUBLIC_GLOBAL_SCHEMAS, type PublicCollection, type PublicGlobal } from '@arkivi/content-schemas'
import { fetchCollection, fetchGlobal } from './api.ts'

export type CmsLoaderOptions = {
  cmsUrl: string
  /** The site cannot be built without at least one document of this collection. */
  required?: boolean
}

/**
 * An Astro content loader for one public CMS collection. Documents are validated by
 * content-schemas in `fetchCollection` (whose errors name collection, id, field and locale);
 * the schema given to Astro is the same one, used for the collection's types only.
 * The store is replaced as a whole on every build, so a document removed from the CMS
 * disappears from the site.
 */
export function cmsLoader(collection: PublicCollection, { cmsUrl, required = false }: CmsLoaderOptions): Loader {
  return {
    name: `arkivi-cms:${collection}`,
    schema: PUBLIC_COLLECTION_SCHEMAS[collection],
    async load({ store, logger }) {
      const documents = await fetchCollection(cmsUrl, collection, { required })
      store.clear()
      for (const data of documents) store.set({ id: String(data.id), data: data as Record<string, unknown> })
      logger.info(`${documents.length} public ${collection} from ${cmsUrl}`)
    },
  }
}

/** An Astro content loader for one public CMS global: a collection with one entry, id `global`. */
export function cmsGlobalLoader(slug: PublicGlobal, { cmsUrl }: Pick<CmsLoaderOptions, 'cmsUrl'>): Loader {
  return {
    name: `arkivi-cms:globals/${slug}`,
    schema: PUBLIC_GLOBAL_SCHEMAS[slug],
    async load({ store }) {
      const document = await fetchGlobal(cmsUrl, slug)
      store.clear()
      store.set({ id: 'global', data: document as Record<string, unknown> })
    },
  }
}
