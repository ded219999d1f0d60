import type { z } from 'zod'
import { contactSchema } from './contact.ts'
import { ContentValidationError, locateIssues } from './validate.ts'

/** The public globals (single documents such as the contact block) and their schemas. */
export const PUBLIC_GLOBAL_SCHEMAS = { contact: contactSchema } as const satisfies Record<string, z.ZodType>

export type PublicGlobal = keyof typeof PUBLIC_GLOBAL_SCHEMAS
export type PublicGlobalDocument<G extends PublicGlobal> = z.output<(typeof PUBLIC_GLOBAL_SCHEMAS)[G]>

/** Validates a public global as the API returned it, or throws naming the global, field and locale. */
export function parseGlobal<G extends PublicGlobal>(slug: G, raw: unknown): PublicGlobalDocument<G> {
  const result = PUBLIC_GLOBAL_SCHEMAS[slug].safeParse(raw)
  if (result.success) return result.data as PublicGlobalDocument<G>
  throw new ContentValidationError(locateIssues(`globals/${slug}`, 'global', result.error))
}
