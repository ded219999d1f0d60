import { z } from 'zod'
import { documentFields, localized, nonEmptyText, slugSchema } from './common.ts'

export const municipalitySchema = z.strictObject({
  ...documentFields,
  nameSq: nonEmptyText,
  nameSr: nonEmptyText,
  slug: slugSchema,
  displayName: localized(nonEmptyText),
})
export type Municipality = z.infer<typeof municipalitySchema>
