import { z } from 'zod'
import { ARCHIVE_ITEM_TYPE_VALUES, ITEM_LANGUAGE_VALUES, RIGHTS_STATEMENT_VALUES } from '../enums.ts'
import {
  localized,
  nonEmptyText,
  optionalLocalized,
  partialDateSchema,
  publishedDocumentFields,
  relationList,
  relationOne,
  richTextSchema,
  staffOnly,
} from './common.ts'

/**
 * A public archive item. `visibility` must be `public`: a restricted item in a public response
 * means the CMS's access rules failed, and the build must stop rather than publish it.
 */
export const archiveItemSchema = z.strictObject({
  ...publishedDocumentFields,
  identifier: nonEmptyText,
  title: localized(nonEmptyText),
  description: optionalLocalized(richTextSchema),
  date: partialDateSchema,
  type: z.enum(ARCHIVE_ITEM_TYPE_VALUES),
  format: z.string().nullish(),
  creators: z.array(z.string()).nullish().transform((value) => value ?? []),
  subjects: relationList,
  languages: z.array(z.enum(ITEM_LANGUAGE_VALUES)).nullish().transform((value) => value ?? []),
  municipality: relationOne,
  place: optionalLocalized(z.string()),
  source: optionalLocalized(z.string()),
  rights: z.enum(RIGHTS_STATEMENT_VALUES),
  files: relationList,
  transcript: optionalLocalized(richTextSchema),
  contentWarning: optionalLocalized(z.string()),
  related: relationList,
  sample: z.boolean().nullish(),
  visibility: z.literal('public'),
  consentNotes: staffOnly,
  takedownNotes: staffOnly,
})
export type ArchiveItem = z.infer<typeof archiveItemSchema>
