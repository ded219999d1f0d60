import { getImage } from 'astro:assets'
import type { Media } from '@arkivi/content-schemas'
import { CMS_URL } from '../config.ts'
import { filePath, isProcessableImage, mediaSourceUrl } from './media.ts'

/** The widths CmsImage renders at most and at least: the largest and the smallest derivative. */
export const LARGEST_WIDTH = 1200
export const THUMBNAIL_WIDTH = 320

export type ImageDerivative = { url: string; width: number; height: number; format: string }

/**
 * One of the WebP derivatives Astro's image pipeline makes of a CMS image (as CmsImage's
 * `<picture>` does): the image at `maxWidth` or its own width if smaller, with its size.
 */
export async function imageDerivative(media: Media & { width: number; height: number }, maxWidth: number): Promise<ImageDerivative> {
  const width = Math.min(media.width, maxWidth)
  const height = Math.round((media.height * width) / media.width)
  const image = await getImage({ src: mediaSourceUrl(media, CMS_URL), width, height, format: 'webp' })
  return { url: image.src, width, height, format: 'image/webp' }
}

/** The site path of a file it publishes: an image's largest derivative, or the copied download. */
export async function publishedFilePath(media: Media): Promise<string> {
  return isProcessableImage(media) ? (await imageDerivative(media, LARGEST_WIDTH)).url : filePath(media)
}
