import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { ALLOWED_MIME_TYPES, maxUploadBytes } from '../limits.ts'

const EXTENSIONS: Record<(typeof ALLOWED_MIME_TYPES)[number], string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
}

function isAllowed(mime: string): mime is (typeof ALLOWED_MIME_TYPES)[number] {
  return (ALLOWED_MIME_TYPES as readonly string[]).includes(mime)
}

/**
 * Checks an upload before anything is stored: its size against the limit, and its bytes
 * (sniffed by `file-type`) against the allow-list and against the name's extension, so a
 * script renamed `photo.png` or an HTML page posing as a PDF is refused.
 */
export const verifyFileContent: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const limit = maxUploadBytes()
  if (file.size > limit || file.data.length > limit) {
    throw new APIError(
      `media.file: "${file.name}" is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(0)} MB.`,
      413,
    )
  }
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || !isAllowed(detected.mime)) {
    throw new APIError(
      `media.file: the content of "${file.name}" is ${detected ? detected.mime : 'not a recognised file type'}; allowed: ${ALLOWED_MIME_TYPES.join(', ')}.`,
      415,
    )
  }
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!EXTENSIONS[detected.mime].includes(extension)) {
    throw new APIError(
      `media.file: "${file.name}" contains ${detected.mime} data but its extension says ".${extension}".`,
      415,
    )
  }
  file.mimetype = detected.mime
  return args
}
