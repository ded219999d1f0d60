import { env, type CmsEnv } from '../../env.ts'

/** What may be uploaded: web images and PDFs, nothing executable or scriptable (no SVG). */
export const ALLOWED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf'] as const

/** The upload size limit in bytes (`MAX_UPLOAD_MB`). */
export function maxUploadBytes(e: CmsEnv = env()): number {
  return Math.round(e.MAX_UPLOAD_MB * 1024 * 1024)
}

/** Where uploaded files live (`MEDIA_DIR`). */
export const mediaDirectory = (): string => env().MEDIA_DIR
