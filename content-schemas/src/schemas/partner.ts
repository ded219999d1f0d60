import { z } from 'zod'
import { PARTNER_TIER_VALUES } from '../enums.ts'
import { idSchema, nonEmptyText, optionalLocalized, publishedDocumentFields, relationList, relationOne } from './common.ts'
import { mediaOne } from './mediaFields.ts'

export const partnerSchema = z.strictObject({
  ...publishedDocumentFields,
  name: nonEmptyText,
  organization: idSchema,
  tier: z.enum(PARTNER_TIER_VALUES),
  /** The organization supported as a whole (CEL for its own supporters); the partners page groups by it and by the programmes. */
  supportedOrganization: relationOne,
  supportedPrograms: relationList,
  logo: mediaOne,
  logoAlt: optionalLocalized(z.string()),
  description: optionalLocalized(z.string()),
  link: z.url({ protocol: /^https?$/ }).nullish(),
  sortOrder: z.number().nullish(),
})
export type Partner = z.infer<typeof partnerSchema>
