import { LOCALE_INFO, type Locale, type Media } from '@arkivi/content-schemas'
import { slugify } from '@arkivi/content-schemas'

/**
 * Where the build downloads a media file from. The CMS may answer with a relative URL or an
 * absolute one naming its own public address; either way the file is read through `cmsUrl`,
 * the address the build uses, so no CMS address ends up in a page. A file served from anywhere
 * else (e.g. a storage bucket) stops the build: Astro would leave such an image's address in the
 * page, and the site must make no request to another origin.
 */
export function mediaSourceUrl(media: Pick<Media, 'id' | 'url'>, cmsUrl: string): string {
  const url = new URL(media.url, cmsUrl)
  const cms = new URL(cmsUrl)
  if (url.origin === cms.origin) return url.href
  if (url.pathname.startsWith('/api/media/')) return new URL(url.pathname + url.search, cms).href
  throw new Error(`media id=${media.id}: its file is served from ${url.origin}, not through the CMS (${cms.origin}); the site cannot copy it`)
}

/** Images that go through Astro's image pipeline (raster images with known dimensions). */
export function isProcessableImage(media: Media): media is Media & { width: number; height: number } {
  return /^image\/(png|jpe?g|webp|avif|gif|tiff)$/.test(media.mimeType) && !!media.width && !!media.height
}

/**
 * The site's own path for a downloadable file (copied from the CMS at build time), e.g.
 * /files/1/mptf-factsheet.pdf. The id keeps names unique; the slug keeps URLs plain ASCII.
 */
export function filePath(media: Pick<Media, 'id' | 'filename'>): string {
  return `/files/${media.id}/${fileSlug(media.filename)}`
}

export function fileSlug(filename: string): string {
  const dot = filename.lastIndexOf('.')
  const base = dot > 0 ? filename.slice(0, dot) : filename
  const extension =
    dot > 0
      ? filename
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
      : ''
  return `${slugify(base) || 'file'}${extension ? `.${extension}` : ''}`
}

/** A file size for people: 1.4 kB, 2.3 MB, in the reader's number format. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(LOCALE_INFO[locale].bcp47, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

/** A short name for a file type: PDF, PNG, MP3… */
export function fileTypeLabel(mimeType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'text/plain': 'TXT',
    'audio/mpeg': 'MP3',
    'video/mp4': 'MP4',
    'application/zip': 'ZIP',
  }
  return known[mimeType] ?? (mimeType.split('/')[1] ?? mimeType).toUpperCase()
}
