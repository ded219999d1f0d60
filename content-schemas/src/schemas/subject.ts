import { z } from 'zod'
import { documentFields, localized, nonEmptyText, optionalLocalized, slugSchema } from './common.ts'

export const subjectSchema = z.strictObject({
  ...documentFields,
  name: localized(nonEmptyText),
  slug: slugSchema,
  description: optionalLocalized(z.string()),
})
export type Subject = z.infer<typeof subjectSchema>
