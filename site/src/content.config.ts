import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
import { COLLECTION_SLUGS } from '@arkivi/content-schemas'
import { cmsGlobalLoader, cmsLoader } from './cms/loader.ts'
import { CMS_URL } from './config.ts'

const cms = { cmsUrl: CMS_URL }

/**
 * Content collections: the CMS's public collections (fetched at build time as an anonymous
 * visitor) and the editorial pages written in MDX, one file per locale.
 * `required` marks what the site cannot be built without: an empty answer there means
 * something is wrong with the CMS, not that the archive is empty.
 */
export const collections = {
  organizations: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.organizations, { ...cms, required: true }) }),
  programs: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.programs, { ...cms, required: true }) }),
  partners: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.partners, cms) }),
  archiveItems: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.archiveItems, { ...cms, required: true }) }),
  municipalities: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.municipalities, { ...cms, required: true }) }),
  subjects: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.subjects, cms) }),
  media: defineCollection({ loader: cmsLoader(COLLECTION_SLUGS.media, cms) }),
  /** The contact block editors manage in the CMS (a global). */
  contact: defineCollection({ loader: cmsGlobalLoader('contact', cms) }),
  /** Editorial pages: src/content/pages/<locale>/<slug>.mdx */
  pages: defineCollection({
    // Located from this file, so the draft preview's build (site/preview/, another root) finds them too.
    loader: glob({ pattern: '*/*.mdx', base: new URL('./content/pages', import.meta.url) }),
    schema: z.object({
      title: z.string().min(1),
      description: z.string().min(1),
      /** Order in the footer's list of editorial pages. */
      order: z.number().int(),
    }),
  }),
}
