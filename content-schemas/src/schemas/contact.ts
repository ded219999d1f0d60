import { z } from 'zod'
import { idSchema, isoDateSchema, optionalLocalized } from './common.ts'

/** The contact block (CMS global `contact`), as the public API returns it with `locale=all`. */
export const contactSchema = z.strictObject({
  id: idSchema,
  globalType: z.literal('contact'),
  email: z.email().nullish(),
  phone: z.string().nullish(),
  signal: z.string().nullish(),
  address: optionalLocalized(z.string()),
  officeHours: optionalLocalized(z.string()),
  /** Seed text nobody has replaced yet: the site says the details are still to come. */
  placeholder: z.boolean().nullish(),
  createdAt: isoDateSchema.nullish(),
  updatedAt: isoDateSchema.nullish(),
})
export type Contact = z.infer<typeof contactSchema>
