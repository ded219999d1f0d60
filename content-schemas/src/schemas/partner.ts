import { z } from 'zod'
import { PARTNER_TIER_VALUES } from '../enums.ts'
import { idSchema, nonEmptyText, optionalLocalized, publishedDocumentFields, relationList } from './common.ts'
import { mediaOne } from './mediaFields.ts'

export const partnerSchema = z.strictObject({
  ...publishedDocumentFields,
  name: nonEmptyText,
  organization: idSchema,
  tier: z.enum(PARTNER_TIER_VALUES),
  supportedPrograms: relationList,
  logo: mediaOne,
  logoAlt: optionalLocalized(z.string()),
  description: optionalLocalized(z.string()),
  link: z.url({ protocol: /^https?$/ }).nullish(),
  sortOrder: z.number().nullish(),
})
export type Partner = z.infer<typeof partnerSchema>
