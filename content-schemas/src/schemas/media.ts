import { z } from 'zod'
import { documentFields, optionalLocalized } from './common.ts'

const sizeSchema = z
  .object({
    url: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    mimeType: z.string().nullish(),
    filesize: z.number().nullish(),
    filename: z.string().nullish(),
  })
  .nullish()

/** An uploaded file the public may see: `isPublic` is true, or it would not be served. */
export const mediaSchema = z.object({
  ...documentFields,
  alt: optionalLocalized(z.string()),
  caption: optionalLocalized(z.string()),
  credit: z.string().nullish(),
  isPublic: z.literal(true),
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().nonnegative(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  focalX: z.number().nullish(),
  focalY: z.number().nullish(),
  sizes: z.record(z.string(), sizeSchema).nullish(),
})
export type Media = z.infer<typeof mediaSchema>
