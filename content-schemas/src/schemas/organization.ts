import { z } from 'zod'
import { ORGANIZATION_ROLE_VALUES } from '../enums.ts'
import { localized, nonEmptyText, optionalLocalized, optionalPartialDateSchema, publishedDocumentFields, slugSchema } from './common.ts'
import { mediaOne, mediaRichText } from './mediaFields.ts'

export const organizationSchema = z.strictObject({
  ...publishedDocumentFields,
  name: localized(nonEmptyText),
  acronym: z.string().nullish(),
  slug: slugSchema,
  description: mediaRichText,
  roles: z.array(z.enum(ORGANIZATION_ROLE_VALUES)).min(1),
  logo: mediaOne,
  website: z.url({ protocol: /^https?$/ }).nullish(),
  founded: optionalPartialDateSchema,
  governance: optionalLocalized(z.string()),
})
export type Organization = z.infer<typeof organizationSchema>
