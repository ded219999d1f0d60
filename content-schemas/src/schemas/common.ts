import { z } from 'zod'
import { DATE_PRECISION_VALUES } from '../enums.ts'

/** A document id: a number on SQLite, a 24-hex ObjectId string on MongoDB. */
export const idSchema = z.union([z.number().int().positive(), z.string().min(1)])
export type Id = z.infer<typeof idSchema>

/** An ISO 8601 timestamp as Payload returns it. */
export const isoDateSchema = z.iso.datetime({ offset: true })

/**
 * A localized field read with `locale=all`: the default locale (`sq`) is required, the other
 * translations may be missing (absent or null) and are then shown as the fallback.
 */
export function localized<T extends z.ZodType>(inner: T) {
  return z.strictObject({ sq: inner, sr: inner.nullish(), en: inner.nullish() })
}

/** A localized field that may be empty in every locale. */
export function optionalLocalized<T extends z.ZodType>(inner: T) {
  return z.strictObject({ sq: inner.nullish(), sr: inner.nullish(), en: inner.nullish() }).nullish()
}

export const nonEmptyText = z.string().trim().min(1)

/** A Lexical editor node; only the parts the site's renderer relies on are checked. */
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: { url?: string; newTab?: boolean; linkType?: string } | null
  [key: string]: unknown
}

export const lexicalNodeSchema: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    children: z.array(lexicalNodeSchema).optional(),
    text: z.string().optional(),
    format: z.union([z.number(), z.string()]).optional(),
    tag: z.string().optional(),
    listType: z.string().optional(),
    fields: z.looseObject({ url: z.string().optional(), newTab: z.boolean().optional(), linkType: z.string().optional() }).nullish(),
  }),
)

/** Rich text as Payload's Lexical editor stores it. */
export const richTextSchema = z.strictObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNodeSchema) }),
})
export type RichText = z.infer<typeof richTextSchema>

/** A date known to the day, month or year, possibly approximate. */
export const partialDateSchema = z.strictObject({
  value: isoDateSchema,
  precision: z.enum(DATE_PRECISION_VALUES),
  approximate: z.boolean().nullish(),
})
export type PartialDate = z.infer<typeof partialDateSchema>

/** The same, where the date may be unknown. */
export const optionalPartialDateSchema = z
  .strictObject({
    value: isoDateSchema.nullish(),
    precision: z.enum(DATE_PRECISION_VALUES).nullish(),
    approximate: z.boolean().nullish(),
  })
  .nullish()

/** Fields every published versioned document has on the public API. */
export const publishedDocumentFields = {
  id: idSchema,
  _status: z.literal('published'),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
}

/** Fields every unversioned document has. */
export const documentFields = {
  id: idSchema,
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
}

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')

export const relationList = z
  .array(idSchema)
  .nullish()
  .transform((value) => value ?? [])
export const relationOne = idSchema.nullish()

/**
 * A field that must never be in a public document. If the CMS's access rules ever let one
 * through, validation fails and the site build stops instead of publishing it.
 */
export const staffOnly = z.never({ error: 'staff-only field present in a public document' }).optional()
