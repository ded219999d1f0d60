import type { z } from 'zod'
import { PUBLIC_COLLECTION_SLUGS } from '../enums.ts'
import { archiveItemSchema } from './archiveItem.ts'
import { mediaSchema } from './media.ts'
import { municipalitySchema } from './municipality.ts'
import { organizationSchema } from './organization.ts'
import { partnerSchema } from './partner.ts'
import { programSchema } from './program.ts'
import { subjectSchema } from './subject.ts'

/**
 * The public collections and the schema every document they return must satisfy. Every object
 * in them (document, group, array row, localized value, media size, partial date) is strict: a
 * field the CMS starts returning without an access rule fails the build instead of being dropped
 * here while the API keeps serving it. Only Lexical nodes stay open: the editor's feature list
 * decides which nodes exist, and the renderer outputs only the parts of them it knows.
 */
export const PUBLIC_COLLECTION_SCHEMAS = {
  [PUBLIC_COLLECTION_SLUGS.organizations]: organizationSchema,
  [PUBLIC_COLLECTION_SLUGS.programs]: programSchema,
  [PUBLIC_COLLECTION_SLUGS.partners]: partnerSchema,
  [PUBLIC_COLLECTION_SLUGS.archiveItems]: archiveItemSchema,
  [PUBLIC_COLLECTION_SLUGS.municipalities]: municipalitySchema,
  [PUBLIC_COLLECTION_SLUGS.subjects]: subjectSchema,
  [PUBLIC_COLLECTION_SLUGS.media]: mediaSchema,
} as const satisfies Record<PublicCollectionSlug, z.ZodType>

export type PublicCollection = keyof typeof PUBLIC_COLLECTION_SCHEMAS
type PublicCollectionSlug = (typeof PUBLIC_COLLECTION_SLUGS)[keyof typeof PUBLIC_COLLECTION_SLUGS]
export type PublicDocument<C extends PublicCollection> = z.output<(typeof PUBLIC_COLLECTION_SCHEMAS)[C]>
