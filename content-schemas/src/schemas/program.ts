import { z } from 'zod'
import { ACTIVITY_CATEGORY_VALUES, PROGRAM_KIND_VALUES } from '../enums.ts'
import { idSchema, isoDateSchema, localized, nonEmptyText, optionalLocalized, publishedDocumentFields, relationList, relationOne, slugSchema } from './common.ts'
import { mediaList, mediaRichText } from './mediaFields.ts'

export const activitySchema = z.strictObject({
  id: z.string().nullish(),
  title: localized(nonEmptyText),
  description: optionalLocalized(z.string()),
  category: z.enum(ACTIVITY_CATEGORY_VALUES),
  municipalities: relationList,
})
export type Activity = z.infer<typeof activitySchema>

export const programSchema = z.strictObject({
  ...publishedDocumentFields,
  title: localized(nonEmptyText),
  slug: slugSchema,
  kind: z.enum(PROGRAM_KIND_VALUES),
  summary: localized(nonEmptyText),
  body: mediaRichText,
  owner: relationOne,
  implementers: relationList,
  funders: relationList,
  expectedResults: mediaRichText,
  targetBeneficiaries: mediaRichText,
  activitiesNote: optionalLocalized(z.string()),
  activities: z
    .array(activitySchema)
    .nullish()
    .transform((value) => value ?? []),
  municipalities: relationList,
  referralMechanism: mediaRichText,
  documents: mediaList,
  period: z.strictObject({ start: isoDateSchema.nullish(), end: isoDateSchema.nullish() }).nullish(),
  subjects: relationList,
})
export type Program = z.infer<typeof programSchema>
export type ProgramId = z.infer<typeof idSchema>
