import { z } from 'zod'
import { documentFields, optionalLocalized } from './common.ts'

/** One resized copy Payload made; every field is null for a file that is not an image (PDF). */
const sizeSchema = z
  .strictObject({
    url: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    mimeType: z.string().nullish(),
    filesize: z.number().nullish(),
    filename: z.string().nullish(),
  })
  .nullish()

/**
 * The image sizes the Media collection declares (`upload.imageSizes`), named one by one so a size
 * added there has to be added here too before a build passes.
 */
const sizesSchema = z.strictObject({ thumbnail: sizeSchema, medium: sizeSchema, large: sizeSchema, largeAvif: sizeSchema }).nullish()

/** An uploaded file the public may see: `isPublic` is true, or it would not be served. */
export const mediaSchema = z.strictObject({
  ...documentFields,
  alt: optionalLocalized(z.string()),
  caption: optionalLocalized(z.string()),
  credit: z.string().nullish(),
  isPublic: z.literal(true),
  url: z.string().min(1),
  /** The `thumbnail` size's URL (the admin's preview); null for a file that is not an image. */
  thumbnailURL: z.string().nullish(),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().nonnegative(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  focalX: z.number().nullish(),
  focalY: z.number().nullish(),
  sizes: sizesSchema,
})
export type Media = z.infer<typeof mediaSchema>
