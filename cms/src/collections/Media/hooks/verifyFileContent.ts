import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import { userError } from '../../../errors.ts'
import { message } from '../../../i18n/messages.ts'
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
  const refuse = (text: string, status: number) => userError(text, status, 'file')
  if (file.size > limit || file.data.length > limit) {
    const megabytes = (bytes: number) => String(Math.round((bytes / 1048576) * 10) / 10)
    throw refuse(message(req, 'uploadTooLarge', { name: file.name, size: megabytes(file.size), limit: megabytes(limit) }), 413)
  }
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || !isAllowed(detected.mime)) {
    const what = detected ? detected.mime : message(req, 'uploadUnknownType')
    throw refuse(message(req, 'uploadTypeRefused', { name: file.name, detected: what }), 415)
  }
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!EXTENSIONS[detected.mime].includes(extension)) {
    throw refuse(message(req, 'uploadExtensionMismatch', { name: file.name, detected: detected.mime, extension }), 415)
  }
  file.mimetype = detected.mime
  return args
}
