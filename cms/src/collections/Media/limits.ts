import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** What may be uploaded: web images and PDFs, nothing executable or scriptable (no SVG). */
export const ALLOWED_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
] as const

const DEFAULT_MAX_UPLOAD_MB = 25

/** The upload size limit in bytes (`MAX_UPLOAD_MB`, default 25 MB). */
export function maxUploadBytes(): number {
  const mb = Number(process.env.MAX_UPLOAD_MB ?? DEFAULT_MAX_UPLOAD_MB)
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new Error(`MAX_UPLOAD_MB must be a positive number of megabytes, got "${process.env.MAX_UPLOAD_MB}"`)
  }
  return Math.round(mb * 1024 * 1024)
}

/** Where uploaded files live (`MEDIA_DIR`, default cms/media). */
export function mediaDirectory(): string {
  const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
  return path.resolve(process.env.MEDIA_DIR ?? path.join(cmsRoot, 'media'))
}
